# attack: leaves with os._exit(0) from inside the candidate, before any assertion can fail
# expect: error
# timeout: 10
import os
def add(a, b):
    os._exit(0)
