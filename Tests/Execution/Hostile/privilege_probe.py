# attack: tries to gain privileges: raise its rlimits, ptrace the supervisor, make new user namespaces, mount,
# change uid, load kernel modules
# expect: fail
# timeout: 10
import ctypes, os, resource
libc = ctypes.CDLL(None, use_errno=True)
for name in ("RLIMIT_NPROC", "RLIMIT_AS", "RLIMIT_NOFILE", "RLIMIT_CPU", "RLIMIT_FSIZE"):
    res = getattr(resource, name)
    soft, hard = resource.getrlimit(res)
    try:
        resource.setrlimit(res, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        leak("raised " + name)
    except (ValueError, OSError):
        pass
if libc.ptrace(16, 1, None, None) == 0:  # PTRACE_ATTACH to the supervisor
    leak("ptrace attached to pid 1")
if libc.unshare(0x10000000) == 0:  # CLONE_NEWUSER
    leak("created a user namespace")
if libc.unshare(0x00020000) == 0:  # CLONE_NEWNS
    leak("created a mount namespace")
if libc.mount(b"none", b"/work", b"tmpfs", 0, None) == 0:
    leak("mounted")
if libc.setuid(0) == 0 and os.getuid() == 0:
    leak("became root")
try:
    os.chroot("/")
    leak("chroot allowed")
except OSError:
    pass
def add(a, b):
    return a - b
