# attack: a wrong answer that rewrites the hidden tests and the driver wherever it can find or guess them on disk
# with vacuous ones (the tests never touch the disk inside the sandbox; the driver came on the command line)
# expect: fail
# timeout: 10
import glob, os
vacuous = "def check(candidate):\n    pass\n"
guesses = ["tests.py", "driver.py", "/tmp/tests.py", "/tmp/driver.py"]
for pattern in ("/*/tests.py", "/*/driver.py", "/*/*/tests.py", "/*/*/driver.py", "/tmp/**/*.py", "/work/**/*.py"):
    guesses += glob.glob(pattern, recursive=True)
for path in guesses:
    try:
        with open(path, "w") as f:
            f.write(vacuous)
    except OSError:
        pass
def add(a, b):
    return a - b
