# attack: read secret files the harness's user has in its temp folder and home, and list the host's homes
# expect: fail
# timeout: 10
import glob, os
for path in SECRET_FILES + ["/root/.ssh/id_rsa", "/root/.bash_history", "/etc/shadow", "/etc/passwd"]:
    try:
        print(path, open(path).read())
        leak("read " + path)
    except OSError:
        pass
for pattern in ("/root/*", "/home/*/*", "/tmp/*", os.path.dirname(SECRET_FILES[0]) + "/*"):
    for p in glob.glob(pattern):
        print("visible:", p)
        if "qweneval-secret" in p:
            leak("host temp folder visible: " + p)
def add(a, b):
    return a - b
