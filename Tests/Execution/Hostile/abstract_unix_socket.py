# attack: reach a host service through an abstract unix socket (not a file, so mounts do not hide it)
# expect: fail
# timeout: 10
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
try:
    s.connect("\0" + ABSTRACT)
    leak("connected to the host's abstract socket")
except OSError:
    pass
def add(a, b):
    return a - b
