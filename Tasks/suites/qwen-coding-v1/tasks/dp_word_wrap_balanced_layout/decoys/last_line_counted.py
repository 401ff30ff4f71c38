from typing import List, Tuple


def wrap_layout(words: List[str], width: int) -> Tuple[int, List[str]]:
    n = len(words)
    if n == 0:
        return 0, []
    best = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        length = -1
        value = None
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            cost = (width - length) ** 2 + best[j + 1]
            if value is None or cost < value:
                value = cost
        best[i] = value
    lines = []
    i = 0
    while i < n:
        length = -1
        chosen = None
        for j in range(i, n):
            length += len(words[j]) + 1
            if length > width:
                break
            if (width - length) ** 2 + best[j + 1] == best[i]:
                chosen = j
        lines.append(" ".join(words[i:chosen + 1]))
        i = chosen + 1
    return sum((width - len(l)) ** 2 for l in lines[:-1]), lines
