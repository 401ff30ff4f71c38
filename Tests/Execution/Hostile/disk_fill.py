# attack: fills the disk: one huge file (file-size limit) and many big files in the work folder and /tmp
# expect: fail error
# timeout: 10
import os
block = b"\0" * (1 << 20)
for folder in (".", "/tmp", "/dev/shm"):
    for i in range(400):
        try:
            with open(os.path.join(folder, "fill-%d" % i), "wb") as f:
                for _ in range(128):
                    f.write(block)
        except OSError:
            break
def add(a, b):
    return a - b
