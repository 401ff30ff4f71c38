# attack: reach the outside world: DNS, public addresses over TCP and UDP
# expect: fail
# timeout: 10
import socket
try:
    print(socket.getaddrinfo("example.com", 80))
    leak("DNS resolution works")
except OSError:
    pass
for addr in (("1.1.1.1", 53), ("8.8.8.8", 443), ("10.0.0.1", 80), ("169.254.169.254", 80)):
    try:
        socket.create_connection(addr, timeout=1).close()
        leak("TCP connection to %s" % (addr,))
    except OSError:
        pass
try:
    u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u.sendto(b"x", ("1.1.1.1", 53))
    leak("UDP datagram sent")
except OSError:
    pass
ifaces = socket.if_nameindex()
if [n for _, n in ifaces if n != "lo"]:
    leak("network interfaces: %s" % ifaces)
def add(a, b):
    return a - b
