from typing import List, Tuple


def follow_clusters(n: int, follows: List[Tuple[int, int]], min_size: int) -> List[List[int]]:
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in follows:
        parent[find(a)] = find(b)
    groups = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    out = [sorted(g) for g in groups.values() if len(g) >= min_size]
    return sorted(out, key=lambda c: (-len(c), c[0]))
