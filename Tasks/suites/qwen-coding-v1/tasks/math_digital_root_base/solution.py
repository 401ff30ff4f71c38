def digital_root_base(n: int, base: int) -> int:
    """Return the digital root of n written in the given base.

    The digital root is obtained by repeatedly replacing the number with the
    sum of its digits in `base` until the value is a single digit in that
    base (i.e. smaller than `base`).  n is a non-negative integer (possibly
    very large) and 2 <= base <= 36.  The digital root of 0 is 0.

    >>> digital_root_base(493193, 10)
    2
    >>> digital_root_base(255, 16)
    15
    >>> digital_root_base(6, 2)
    1
    """
    if n == 0:
        return 0
    return 1 + (n - 1) % (base - 1)
