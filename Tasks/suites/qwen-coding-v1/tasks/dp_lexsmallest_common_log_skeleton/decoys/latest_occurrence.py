from typing import List


def common_skeleton(a: List[str], b: List[str]) -> List[str]:
    n, m = len(a), len(b)
    L = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                L[i][j] = L[i + 1][j + 1] + 1
            else:
                L[i][j] = max(L[i + 1][j], L[i][j + 1])
    out = []
    i = j = 0
    remaining = L[0][0]
    while remaining > 0:
        chosen = None
        for i2 in range(n - 1, i - 1, -1):
            for j2 in range(m - 1, j - 1, -1):
                if a[i2] == b[j2] and L[i2][j2] == remaining:
                    if chosen is None or a[i2] < chosen[0]:
                        chosen = (a[i2], i2, j2)
        if chosen is None:
            break
        out.append(chosen[0])
        i, j = chosen[1] + 1, chosen[2] + 1
        remaining -= 1
    return out
