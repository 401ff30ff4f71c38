def edit_cost(source: str, target: str, ins: int, dele: int, sub: int, case_sub: int) -> int:
    n, m = len(source), len(target)
    prev = [j * ins for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [i * dele] + [0] * m
        for j in range(1, m + 1):
            rep = prev[j - 1] + (0 if source[i - 1] == target[j - 1] else sub)
            cur[j] = min(rep, prev[j] + dele, cur[j - 1] + ins)
        prev = cur
    return prev[m]
