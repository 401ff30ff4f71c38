from typing import List, Tuple


def shortest_courier_tour(dist: List[List[int]], before: List[Tuple[int, int]]) -> int:
    n = len(dist) - 1
    if n <= 0:
        return 0
    need = [0] * n  # need[v]: bitmask of stops that must precede stop v+1
    for a, b in before:
        need[b - 1] |= 1 << (a - 1)
    full = (1 << n) - 1
    INF = float("inf")
    dp = [[INF] * n for _ in range(1 << n)]
    for v in range(n):
        if need[v] == 0:
            dp[1 << v][v] = dist[0][v + 1]
    for mask in range(1, full + 1):
        row = dp[mask]
        for last in range(n):
            cur = row[last]
            if cur == INF:
                continue
            d_last = dist[last + 1]
            for v in range(n):
                bit = 1 << v
                if mask & bit or need[v] & ~mask:
                    continue
                cand = cur + d_last[v + 1]
                nxt = dp[mask | bit]
                if cand < nxt[v]:
                    nxt[v] = cand
    best = min(dp[full][v] + dist[v + 1][0] for v in range(n))
    return -1 if best == INF else best
