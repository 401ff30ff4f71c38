def count_multiples_either(lo: int, hi: int, a: int, b: int) -> int:
    """Count the integers x with lo <= x <= hi that are divisible by a or by b
    (or both).

    a and b are positive integers.  lo and hi may be negative or huge; if
    lo > hi the range is empty and the answer is 0.  Zero counts as
    divisible by everything.

    >>> count_multiples_either(1, 10, 2, 3)
    7
    >>> count_multiples_either(1, 12, 4, 6)
    4
    >>> count_multiples_either(-5, 5, 5, 7)
    3
    """
