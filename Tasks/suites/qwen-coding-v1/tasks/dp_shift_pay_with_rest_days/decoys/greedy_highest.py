from typing import List


def max_shift_pay(pay: List[int], rest: int) -> int:
    chosen = []
    for i in sorted(range(len(pay)), key=lambda d: -pay[d]):
        if all(abs(i - c) > rest for c in chosen):
            chosen.append(i)
    return sum(pay[c] for c in chosen)
