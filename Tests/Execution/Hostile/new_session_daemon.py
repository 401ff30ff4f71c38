# attack: exec'd daemons in new sessions (subprocess start_new_session, double-forked shell, nohup)
# expect: fail
# timeout: 10
import subprocess
spawn_marked("import time\ntime.sleep(120)", new_session=True)
subprocess.Popen(["/bin/sh", "-c", "(exec -a " + MARKER + " sleep 120 &) ; exit 0", MARKER], start_new_session=True)
subprocess.Popen(["nohup", "sleep", "121", MARKER], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
def add(a, b):
    return a * b
