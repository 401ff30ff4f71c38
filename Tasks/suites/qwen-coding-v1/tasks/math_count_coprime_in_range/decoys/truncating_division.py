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
    primes = []
    m = n
    f = 2
    while f * f <= m:
        if m % f == 0:
            primes.append(f)
            while m % f == 0:
                m //= f
        f += 1
    if m > 1:
        primes.append(m)
    terms = [(1, 1)]
    for p in primes:
        terms += [(d * p, -s) for d, s in terms]
    total = 0
    for d, s in terms:
        total += s * (int(hi / d) - int((lo - 1) / d))
    return total
