from typing import List, Tuple


def min_cable_cost(n: int, existing: List[Tuple[int, int]], offers: List[Tuple[int, int, int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in existing:
        parent[find(u)] = find(v)
    needed = n - 1 - len(existing)
    total = 0
    for u, v, cost in sorted(offers, key=lambda o: o[2]):
        if needed <= 0:
            break
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += cost
            needed -= 1
    return total if needed <= 0 else -1
