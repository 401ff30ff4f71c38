from typing import List, Tuple


def min_cable_cost(n: int, existing: List[Tuple[int, int]], offers: List[Tuple[int, int, int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    total = 0
    used = 0
    for u, v, cost in sorted(offers, key=lambda o: o[2]):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            total += cost
            used += 1
    return total if used == n - 1 else -1
