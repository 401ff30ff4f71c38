# attack: scan every file descriptor for ones inherited from the harness (a secret file it holds open), and the
# supervisor's descriptors through /proc
# expect: fail
# timeout: 10
import os
for fd in range(0, 4096):
    try:
        os.fstat(fd)
    except OSError:
        continue
    try:
        print(fd, os.readlink("/proc/self/fd/%d" % fd))
    except OSError:
        pass
    try:
        os.lseek(fd, 0, 0)
    except OSError:
        pass
    try:
        data = os.read(fd, 4096)
        print("fd", fd, data)
    except OSError:
        pass
for fd in os.listdir("/proc/1/fd") if os.access("/proc/1/fd", os.R_OK) else []:
    leak("supervisor fd %s listed" % fd)
for fd in range(0, 64):
    try:
        print("supervisor", fd, open("/proc/1/fd/%d" % fd, "rb").read(100))
        leak("opened supervisor fd %d" % fd)
    except OSError:
        pass
def add(a, b):
    return a - b
