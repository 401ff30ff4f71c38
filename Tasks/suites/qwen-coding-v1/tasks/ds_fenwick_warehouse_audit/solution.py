from typing import List, Tuple


def process_bins(n: int, ops: List[Tuple[str, int, int]]) -> List[int]:
    stock = [0] * n
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
            if b:
                stock[a] += b
                add(a, b)
        elif kind == "ship":
            q = min(b, stock[a])
            if q:
                stock[a] -= q
                add(a, -q)
        else:
            out.append(prefix(b + 1) - prefix(a))
    return out
