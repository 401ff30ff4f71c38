from typing import List, Tuple


def paint_segments(strokes: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    valid = [s for s in strokes if s[0] < s[1]]
    if not valid:
        return []
    coords = sorted({c for l, r, _ in valid for c in (l, r)})
    index = {c: i for i, c in enumerate(coords)}
    m = len(coords) - 1
    color = [None] * m
    nxt = list(range(m + 1))

    def find(x):
        root = x
        while nxt[root] != root:
            root = nxt[root]
        while nxt[x] != root:
            nxt[x], x = root, nxt[x]
        return root

    for l, r, c in reversed(valid):
        a, b = index[l], index[r]
        i = find(a)
        while i < b:
            color[i] = c
            nxt[i] = i + 1
            i = find(i + 1)
    out = []
    for i in range(m):
        c = color[i]
        if c is None:
            continue
        lo, hi = coords[i], coords[i + 1]
        if out and out[-1][2] == c and out[-1][1] == lo:
            out[-1] = (out[-1][0], hi, c)
        else:
            out.append((lo, hi, c))
    return out
