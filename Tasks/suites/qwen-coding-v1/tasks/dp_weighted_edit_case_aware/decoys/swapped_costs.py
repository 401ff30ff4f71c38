def edit_cost(source: str, target: str, ins: int, dele: int, sub: int, case_sub: int) -> int:
    n, m = len(source), len(target)
    prev = [j * dele for j in range(m + 1)]
    for i in range(1, n + 1):
        cur = [i * ins] + [0] * m
        for j in range(1, m + 1):
            a, b = source[i - 1], target[j - 1]
            if a == b:
                rep = prev[j - 1]
            elif a.isalpha() and a.lower() == b.lower():
                rep = prev[j - 1] + case_sub
            else:
                rep = prev[j - 1] + sub
            cur[j] = min(rep, prev[j] + ins, cur[j - 1] + dele)
        prev = cur
    return prev[m]
