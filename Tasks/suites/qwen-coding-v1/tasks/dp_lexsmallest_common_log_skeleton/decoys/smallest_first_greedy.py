from typing import List


def common_skeleton(a: List[str], b: List[str]) -> List[str]:
    out = []
    i = j = 0
    while True:
        options = []
        for t in set(a[i:]) & set(b[j:]):
            options.append(t)
        if not options:
            return out
        t = min(options)
        i = a.index(t, i) + 1
        j = b.index(t, j) + 1
        out.append(t)
