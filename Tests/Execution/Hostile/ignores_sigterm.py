# attack: ignores SIGTERM, SIGINT, SIGHUP and SIGXCPU, then loops forever
# expect: timeout
# timeout: 2
import signal
for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU, signal.SIGQUIT):
    signal.signal(s, signal.SIG_IGN)
def add(a, b):
    while True:
        pass
