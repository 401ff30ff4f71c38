from itertools import permutations
from typing import List, Tuple


def shortest_courier_tour(dist: List[List[int]], before: List[Tuple[int, int]]) -> int:
    n = len(dist) - 1
    best = None
    for order in permutations(range(1, n + 1)):
        pos = {v: i for i, v in enumerate(order)}
        if any(pos[a] > pos[b] for a, b in before):
            continue
        route = (0,) + order + (0,)
        cost = sum(dist[x][y] for x, y in zip(route, route[1:]))
        if best is None or cost < best:
            best = cost
    return -1 if best is None else best
