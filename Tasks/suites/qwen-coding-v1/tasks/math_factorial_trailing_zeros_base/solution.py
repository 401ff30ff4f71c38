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
    def legendre(m: int, p: int) -> int:
        count = 0
        while m:
            m //= p
            count += m
        return count

    factors = {}
    b = base
    p = 2
    while p * p <= b:
        while b % p == 0:
            factors[p] = factors.get(p, 0) + 1
            b //= p
        p += 1
    if b > 1:
        factors[b] = factors.get(b, 0) + 1
    return min(legendre(n, p) // e for p, e in factors.items())
