# attack: a wrong answer that closes its stdout and stderr (hoping the verdict cannot be written)
# expect: fail
# timeout: 10
import os
for fd in (0, 1, 2):
    os.close(fd)
def add(a, b):
    return a - b
