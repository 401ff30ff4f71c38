# attack: write outside the work folder: the host's folders, the system, the driver's folder, kernel settings
# expect: fail
# timeout: 10
import os
targets = [HOST_DIR + "/written", "/tmp/" + MARKER, os.path.expanduser("~/" + MARKER), "/" + MARKER,
           "/usr/" + MARKER, "/usr/lib/" + MARKER, "/etc/" + MARKER, "/var/tmp/" + MARKER, "/dev/" + MARKER,
           "/proc/sys/kernel/core_pattern", "/proc/sys/vm/drop_caches", "/proc/sys/kernel/hostname",
           "/proc/sysrq-trigger", "/sys/kernel/uevent_helper"]
# The root, /dev, /tmp, /dev/shm and the home (/work) are the sample's own tmpfs: writing there is allowed and
# reaches nothing. Anything else that accepts a write reaches the host (or the kernel) and is a leak.
private = ("/tmp/", "/dev/", "/" + MARKER, os.path.expanduser("~"))
for path in targets:
    try:
        with open(path, "a") as f:
            f.write("")
        if not path.startswith(private):
            leak("opened for writing " + path)
    except OSError:
        pass
try:
    os.symlink("/usr", "escape")
    open("escape/" + MARKER, "w").write("x")
    leak("wrote through a symlink")
except OSError:
    pass
def add(a, b):
    return a - b
