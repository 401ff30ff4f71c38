# attack: fork bomb: every process forks forever (and spins when the process limit refuses it)
# expect: timeout error oom
# timeout: 2
import os
while True:
    try:
        os.fork()
    except OSError:
        pass
