from typing import List


def exact_sum(values: List[float]) -> float:
    """Return the sum of the floats in `values`, correctly rounded.

    The result must equal the exact mathematical sum of the inputs rounded
    once to the nearest double, regardless of order or cancellation (for
    example, [1e16, 1.0, -1e16] sums to 1.0 and ten copies of 0.1 sum to
    1.0).  All values are finite and no partial sum overflows.  The sum of
    an empty list is 0.0.

    >>> exact_sum([1e16, 1.0, -1e16])
    1.0
    >>> exact_sum([0.1] * 10)
    1.0
    >>> exact_sum([])
    0.0
    """
    return float(sum(values))
