def sum_of_remainders(n: int, m: int) -> int:
    """Return (n % 1) + (n % 2) + ... + (n % m).

    0 <= n <= 10**10 and 0 <= m <= 10**11 (m may exceed n; for k > n the
    term n % k equals n).  The sum for m == 0 is 0.  The result must be
    exact and computed in roughly O(sqrt(n)) steps.

    >>> sum_of_remainders(10, 10)
    13
    >>> sum_of_remainders(5, 8)
    19
    >>> sum_of_remainders(0, 5)
    0
    """
    return sum(n % k for k in range(1, m + 1))
