# attack: fork/exec bomb: keeps starting fresh interpreters that do the same
# expect: timeout error oom
# timeout: 2
code = r'''
import subprocess
me = open("/proc/self/cmdline").read().split("\0")[:4]
while True:
    try:
        subprocess.Popen(me)
    except OSError:
        pass
'''
while True:
    try:
        spawn_marked(code)
    except OSError:
        pass
