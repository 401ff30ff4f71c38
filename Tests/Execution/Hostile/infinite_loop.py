# attack: infinite loop inside the candidate
# expect: timeout
# timeout: 2
def add(a, b):
    while True:
        pass
