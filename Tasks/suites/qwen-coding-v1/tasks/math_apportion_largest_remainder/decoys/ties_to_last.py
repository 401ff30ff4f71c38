from typing import List


def apportion(total: int, weights: List[int]) -> List[int]:
    """Split `total` indivisible units among parties in proportion to their
    integer weights using the largest-remainder (Hamilton) method.

    Party i has the exact rational quota total * weights[i] / sum(weights).
    Every party first receives the floor of its quota.  The units still left
    over are then handed out one each to the parties with the largest
    fractional parts of their quotas (the parts must be compared exactly,
    not with floating point); among equal fractional parts the party with
    the smaller index wins.  Return the allocation as a list in party order;
    it always sums to `total`.

    total >= 0.  Raise ValueError if weights is empty, contains a negative
    weight, or sums to zero.

    >>> apportion(10, [1, 1, 1])
    [4, 3, 3]
    >>> apportion(7, [50, 30, 20])
    [4, 2, 1]
    >>> apportion(28, [19, 25, 40])
    [7, 8, 13]
    """
    if not weights or any(w < 0 for w in weights):
        raise ValueError("invalid weights")
    wsum = sum(weights)
    if wsum == 0:
        raise ValueError("weights sum to zero")
    floors = []
    rems = []
    for w in weights:
        q, r = divmod(total * w, wsum)
        floors.append(q)
        rems.append(r)
    left = total - sum(floors)
    order = sorted(range(len(weights)), key=lambda i: (rems[i], i), reverse=True)
    for i in order[:left]:
        floors[i] += 1
    return floors
