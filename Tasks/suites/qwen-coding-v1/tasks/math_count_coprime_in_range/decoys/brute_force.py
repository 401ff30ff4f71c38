def count_coprime_in_range(n: int, lo: int, hi: int) -> int:
    """Count the integers x with lo <= x <= hi and gcd(x, n) == 1.

    1 <= n <= 10**12.  lo and hi may be negative and as large as 10**18 in
    absolute value; gcd uses absolute values, so gcd(-x, n) == gcd(x, n) and
    gcd(0, n) == n (0 is coprime to n only when n == 1).  An empty range
    (lo > hi) gives 0.

    >>> count_coprime_in_range(10, 1, 10)
    4
    >>> count_coprime_in_range(6, -6, 6)
    4
    >>> count_coprime_in_range(1, 0, 0)
    1
    """
    import math
    return sum(1 for x in range(lo, hi + 1) if math.gcd(x, n) == 1)
