from typing import List


def max_shift_pay(pay: List[int], rest: int) -> int:
    n = len(pay)
    best = [0] * (n + 1)
    for i in range(n):
        prev = i - rest + 1
        take = pay[i] + (best[prev] if prev > 0 else 0)
        best[i + 1] = max(best[i], take)
    return best[n]
