from typing import List, Tuple


def shortest_courier_tour(dist: List[List[int]], before: List[Tuple[int, int]]) -> int:
    n = len(dist) - 1
    need = {v: set() for v in range(1, n + 1)}
    for a, b in before:
        need[b].add(a)
    visited = set()
    cur = 0
    total = 0
    while len(visited) < n:
        options = [v for v in range(1, n + 1) if v not in visited and need[v] <= visited]
        if not options:
            return -1
        v = min(options, key=lambda x: (dist[cur][x], x))
        total += dist[cur][v]
        visited.add(v)
        cur = v
    return total + dist[cur][0]
