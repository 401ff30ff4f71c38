from typing import List, Tuple


def min_cable_cost(n: int, existing: List[Tuple[int, int]], offers: List[Tuple[int, int, int]]) -> int:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = n
    for u, v in existing:
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            components -= 1
    total = 0
    for u, v, cost in sorted(offers, key=lambda o: o[2]):
        if components == 1:
            break
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            components -= 1
            total += cost
    return total if components == 1 else -1
