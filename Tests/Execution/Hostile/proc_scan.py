# attack: look at the host through /proc: other processes' command lines and environments, the host's pid 1
# expect: fail
# timeout: 10
import os
pids = [p for p in os.listdir("/proc") if p.isdigit()]
print("visible pids:", pids)
if len(pids) > 8:
    leak("%d processes visible" % len(pids))
for p in pids:
    for what in ("cmdline", "environ"):
        try:
            print(p, what, open("/proc/%s/%s" % (p, what), "rb").read()[:300])
        except OSError:
            pass
try:
    print("mountinfo", open("/proc/self/mountinfo").read()[:2000])
except OSError:
    pass
def add(a, b):
    return a - b
