def is_perfect_power(n: int) -> bool:
    """Return True if n can be written as a**k with integers a and k >= 2,
    excluding the trivial bases a in (-1, 0, 1).

    Positive n qualifies when n == a**k for some a >= 2, k >= 2.  Negative
    n qualifies only through an odd exponent: n == a**k with a <= -2 and odd
    k >= 3 (so -8 qualifies but -4 and -16 do not).  0, 1 and -1 are never
    perfect powers here.  n may have thousands of digits; the check must be
    exact.

    >>> is_perfect_power(32)
    True
    >>> is_perfect_power(-4)
    False
    >>> is_perfect_power(-27)
    True
    """
    def iroot(m: int, k: int) -> int:
        # largest r with r**k <= m, for m >= 1
        r = 1 << -(-m.bit_length() // k)
        while True:
            s = ((k - 1) * r + m // r ** (k - 1)) // k
            if s >= r:
                break
            r = s
        while r ** k > m:
            r -= 1
        while (r + 1) ** k <= m:
            r += 1
        return r

    if n in (-1, 0, 1):
        return False
    m = abs(n)
    limit = m.bit_length()
    sieve = bytearray([1]) * (limit + 1)
    for k in range(2, limit + 1):
        if not sieve[k]:
            continue
        sieve[k * k::k] = bytearray(len(sieve[k * k::k]))
        # a composite exponent k = p*j reduces to the prime exponent p
        if n < 0 and k == 2:
            continue
        r = iroot(m, k)
        if r >= 2 and r ** k == m:
            return True
    return False
