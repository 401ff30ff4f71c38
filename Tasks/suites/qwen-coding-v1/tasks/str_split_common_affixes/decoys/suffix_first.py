import unicodedata


def split_affixes(a: str, b: str) -> tuple[str, str, str, str]:
    s = 0
    while s < len(a) and s < len(b) and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    while s > 0 and unicodedata.combining(a[len(a) - s]) != 0:
        s -= 1
    ra, rb = a[:len(a) - s], b[:len(b) - s]
    p = 0
    while p < len(ra) and p < len(rb) and ra[p] == rb[p]:
        p += 1
    while p > 0 and ((p < len(a) and unicodedata.combining(a[p]) != 0) or (p < len(b) and unicodedata.combining(b[p]) != 0)):
        p -= 1
    return (a[:p], ra[p:], rb[p:], a[len(a) - s:])
