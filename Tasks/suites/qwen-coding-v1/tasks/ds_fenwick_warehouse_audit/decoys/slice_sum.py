from typing import List, Tuple


def process_bins(n: int, ops: List[Tuple[str, int, int]]) -> List[int]:
    stock = [0] * n
    out = []
    for kind, a, b in ops:
        if kind == "restock":
            stock[a] += b
        elif kind == "ship":
            stock[a] = max(0, stock[a] - b)
        else:
            out.append(sum(stock[a:b + 1]))
    return out
