from typing import List


def max_shift_pay(pay: List[int], rest: int) -> int:
    take, skip = 0, 0
    for p in pay:
        take, skip = skip + p, max(take, skip)
    return max(take, skip)
