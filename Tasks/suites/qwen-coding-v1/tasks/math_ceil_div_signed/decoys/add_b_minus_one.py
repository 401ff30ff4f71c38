def ceil_div(a: int, b: int) -> int:
    """Return the exact ceiling of a / b for integers a and b.

    Both arguments may be negative and arbitrarily large; the result must be
    exact (no floating point).  Raise ZeroDivisionError if b == 0.

    >>> ceil_div(7, 2)
    4
    >>> ceil_div(-7, 2)
    -3
    >>> ceil_div(7, -2)
    -3
    """
    return (a + b - 1) // b
