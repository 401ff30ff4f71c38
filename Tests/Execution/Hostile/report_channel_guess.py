# attack: blind forgery of the runner's report: writes plausible "pass" messages to every open descriptor, then
# exits 0 before the tests run
# expect: error
# timeout: 10
import os
guesses = [b"pass\n", b"pass", b"%d pass\n" % os.getpid(), b"%s %d pass\n" % (os.urandom(16).hex().encode(), os.getpid())]
for fd in range(3, 1024):
    for g in guesses:
        try:
            os.write(fd, g)
        except OSError:
            break
os._exit(0)
