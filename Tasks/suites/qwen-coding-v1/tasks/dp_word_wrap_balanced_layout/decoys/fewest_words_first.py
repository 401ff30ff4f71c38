from typing import List, Tuple


def wrap_layout(words: List[str], width: int) -> Tuple[int, List[str]]:
    n = len(words)
    if n == 0:
        return 0, []
    best = [0] * (n + 1)
    nxt = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        length = -1
        value = None
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            cost = 0 if j == n - 1 else (width - length) ** 2 + best[j + 1]
            if value is None or cost < value:
                value = cost
                nxt[i] = j + 1
        best[i] = value
    lines = []
    i = 0
    while i < n:
        lines.append(" ".join(words[i:nxt[i]]))
        i = nxt[i]
    return best[0], lines
