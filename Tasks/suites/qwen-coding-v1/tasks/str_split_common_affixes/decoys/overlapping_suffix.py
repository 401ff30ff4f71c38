import unicodedata


def _is_mark(s, i):
    return i < len(s) and unicodedata.combining(s[i]) != 0


def split_affixes(a: str, b: str) -> tuple[str, str, str, str]:
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    while p > 0 and (_is_mark(a, p) or _is_mark(b, p)):
        p -= 1
    s = 0
    while s < len(a) and s < len(b) and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    while s > 0 and unicodedata.combining(a[len(a) - s]) != 0:
        s -= 1
    return (a[:p], a[p:len(a) - s], b[p:len(b) - s], a[len(a) - s:])
