# attack: reach the host through its loopback (a listener the test opened), and serve on our own loopback
# expect: fail
# timeout: 10
import socket
for host in ("127.0.0.1", "::1", "localhost"):
    try:
        s = socket.create_connection((host, PORT), timeout=1)
        leak("connected to %s:%d" % (host, PORT))
        s.close()
    except OSError:
        pass
def add(a, b):
    return a - b
