# attack: classic daemon: fork, setsid, fork again, close stdio, outlive the sample
# expect: fail
# timeout: 10
import os, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        for fd in (0, 1, 2):
            try:
                os.close(fd)
            except OSError:
                pass
        time.sleep(120)
        with open(HOST_DIR + "/daemon-was-here", "w") as f:
            f.write("x")
    os._exit(0)
time.sleep(0.2)
def add(a, b):
    return a - b
