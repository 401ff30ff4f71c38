from collections import deque
from typing import List, Optional, Tuple


def split_teams(n: int, rivalries: List[Tuple[int, int]]) -> Optional[List[int]]:
    adj = [[] for _ in range(n)]
    for a, b in rivalries:
        if a != b:
            adj[a].append(b)
            adj[b].append(a)
    team = [-1] * n
    for s in range(n):
        if team[s] != -1:
            continue
        team[s] = 0
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if team[v] == -1:
                    team[v] = 1 - team[u]
                    queue.append(v)
                elif team[v] == team[u]:
                    return None
    return team
