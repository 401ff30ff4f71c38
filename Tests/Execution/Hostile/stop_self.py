# attack: stops itself (SIGSTOP) so nothing ever finishes, and asks the parent to stop too
# expect: timeout
# timeout: 2
import os, signal
try:
    os.kill(os.getppid(), signal.SIGSTOP)
except OSError:
    pass
os.kill(os.getpid(), signal.SIGSTOP)
def add(a, b):
    return a + b
