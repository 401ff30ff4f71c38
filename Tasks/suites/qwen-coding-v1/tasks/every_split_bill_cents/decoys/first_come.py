from typing import List


def split_bill(total_cents: int, weights: List[int]) -> List[int]:
    if not weights or any(w < 0 for w in weights) or sum(weights) <= 0:
        raise ValueError("weights must be non-negative with a positive sum")
    if total_cents < 0:
        return [-part for part in split_bill(-total_cents, weights)]
    total_w = sum(weights)
    parts = []
    remainders = []
    for i, w in enumerate(weights):
        q, r = divmod(total_cents * w, total_w)
        parts.append(q)
        remainders.append((-r, i))
    missing = total_cents - sum(parts)
    for i in range(missing):
        parts[i] += 1
    return parts
