# attack: memory balloon: one huge allocation, then touching it all
# expect: oom
# timeout: 10
hog = b"\x01" * (16 << 30)
def add(a, b):
    return a + b
