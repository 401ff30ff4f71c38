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
    if lo > hi:
        return 0
    phi = n
    m = n
    f = 2
    while f * f <= m:
        if m % f == 0:
            while m % f == 0:
                m //= f
            phi -= phi // f
        f += 1
    if m > 1:
        phi -= phi // m
    return (hi - lo + 1) * phi // n
