def factorial_trailing_zeros(n: int, base: int) -> int:
    """Return the number of trailing zero digits of n! written in `base`.

    0 <= n <= 10**18 and 2 <= base <= 10**6.  (0! = 1 has no trailing
    zeros.)  The answer must be computed without forming n!.

    >>> factorial_trailing_zeros(10, 10)
    2
    >>> factorial_trailing_zeros(5, 2)
    3
    >>> factorial_trailing_zeros(10, 16)
    2
    """
