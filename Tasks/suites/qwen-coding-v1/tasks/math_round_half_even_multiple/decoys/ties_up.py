def round_half_even_multiple(n: int, m: int) -> int:
    """Round the integer n to the nearest multiple of the positive integer m.

    When n lies exactly halfway between two multiples k*m and (k+1)*m, return
    the one whose multiplier (k or k+1) is even.  Works for negative n and for
    arbitrarily large integers (the result must be exact).  Raise ValueError
    if m <= 0.

    >>> round_half_even_multiple(14, 4)
    16
    >>> round_half_even_multiple(10, 4)
    8
    >>> round_half_even_multiple(-6, 4)
    -8
    """
    if m <= 0:
        raise ValueError("m must be positive")
    q, r = divmod(n, m)
    if 2 * r < m:
        return q * m
    return (q + 1) * m
