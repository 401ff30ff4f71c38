# attack: leaves sleeping children behind (forked and exec'd) that should outlive the sample
# expect: fail
# timeout: 10
import os, time
for _ in range(3):
    spawn_marked("import time\ntime.sleep(120)")
for _ in range(3):
    if os.fork() == 0:
        time.sleep(120)
        os._exit(0)
def add(a, b):
    return a - b
