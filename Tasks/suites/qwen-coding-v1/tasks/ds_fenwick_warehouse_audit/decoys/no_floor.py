from typing import List, Tuple


def process_bins(n: int, ops: List[Tuple[str, int, int]]) -> List[int]:
    tree = [0] * (n + 1)

    def add(i, delta):
        i += 1
        while i <= n:
            tree[i] += delta
            i += i & -i

    def prefix(i):
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & -i
        return s

    out = []
    for kind, a, b in ops:
        if kind == "restock":
            add(a, b)
        elif kind == "ship":
            add(a, -b)
        else:
            out.append(prefix(b + 1) - prefix(a))
    return out
