# attack: read the harness's environment (its secrets) from os.environ and /proc
# expect: fail
# timeout: 10
import os
print(dict(os.environ))
if SECRET_ENV in str(os.environ):
    leak("environment secret")
for path in ("/proc/self/environ", "/proc/1/environ", "/proc/%d/environ" % os.getppid()):
    try:
        data = open(path, "rb").read()
        print(path, data)
        if SECRET_ENV.encode() in data:
            leak("environment secret via " + path)
    except OSError:
        pass
def add(a, b):
    return a - b
