# attack: floods stdout and stderr without end
# expect: error timeout
# timeout: 10
import os
chunk = b"x" * 65536
while True:
    os.write(1, chunk)
    os.write(2, chunk)
