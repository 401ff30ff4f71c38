from bisect import bisect_left
from typing import List


def common_skeleton(a: List[str], b: List[str]) -> List[str]:
    n, m = len(a), len(b)
    L = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = L[i], L[i + 1]
        ai = a[i]
        for j in range(m - 1, -1, -1):
            if ai == b[j]:
                row[j] = below[j + 1] + 1
            else:
                row[j] = below[j] if below[j] >= row[j + 1] else row[j + 1]
    pos_a, pos_b = {}, {}
    for i, t in enumerate(a):
        pos_a.setdefault(t, []).append(i)
    for j, t in enumerate(b):
        pos_b.setdefault(t, []).append(j)
    tokens = sorted(set(pos_a) & set(pos_b))
    result = []
    i = j = 0
    remaining = L[0][0]
    while remaining > 0:
        for t in tokens:
            pa, pb = pos_a[t], pos_b[t]
            x = bisect_left(pa, i)
            y = bisect_left(pb, j)
            if x < len(pa) and y < len(pb):
                i2, j2 = pa[x], pb[y]
                if L[i2 + 1][j2 + 1] == remaining - 1:
                    result.append(t)
                    i, j = i2 + 1, j2 + 1
                    break
        remaining -= 1
    return result
