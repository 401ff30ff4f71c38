from typing import List, Optional, Tuple


def split_teams(n: int, rivalries: List[Tuple[int, int]]) -> Optional[List[int]]:
    adj = [[] for _ in range(n)]
    for a, b in rivalries:
        adj[a].append(b)
        adj[b].append(a)
    team = [-1] * n

    def paint(u, t):
        team[u] = t
        for v in adj[u]:
            if team[v] == -1:
                if not paint(v, 1 - t):
                    return False
            elif team[v] == t:
                return False
        return True

    for s in range(n):
        if team[s] == -1 and not paint(s, 0):
            return None
    return team
