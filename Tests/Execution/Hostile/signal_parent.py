# attack: signal games against the parent (the supervisor) and every other process: SIGTERM, SIGINT, SIGHUP,
# SIGSTOP, SIGKILL, then kill(-1, SIGKILL)
# expect: fail
# timeout: 10
import os, signal
for target in (os.getppid(), 1):
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGSTOP, signal.SIGKILL):
        try:
            os.kill(target, sig)
        except OSError:
            pass
try:
    os.kill(-1, signal.SIGKILL)  # every process it may signal, but itself
except OSError:
    pass
def add(a, b):
    return a - b
