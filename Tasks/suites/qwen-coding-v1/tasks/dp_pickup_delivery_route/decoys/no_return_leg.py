from typing import List, Tuple


def shortest_courier_tour(dist: List[List[int]], before: List[Tuple[int, int]]) -> int:
    n = len(dist) - 1
    if n <= 0:
        return 0
    need = [0] * n
    for a, b in before:
        need[b - 1] |= 1 << (a - 1)
    full = (1 << n) - 1
    INF = float("inf")
    dp = [[INF] * n for _ in range(1 << n)]
    for v in range(n):
        if need[v] == 0:
            dp[1 << v][v] = dist[0][v + 1]
    for mask in range(1, full + 1):
        for last in range(n):
            cur = dp[mask][last]
            if cur == INF:
                continue
            for v in range(n):
                if mask >> v & 1 or need[v] & ~mask:
                    continue
                cand = cur + dist[last + 1][v + 1]
                if cand < dp[mask | 1 << v][v]:
                    dp[mask | 1 << v][v] = cand
    best = min(dp[full])
    return -1 if best == INF else best
