def proleptic_days_between(y1: int, m1: int, d1: int, y2: int, m2: int, d2: int) -> int:
    """Return the number of days from date 1 to date 2 (negative if date 2
    is earlier) in the proleptic Gregorian calendar.

    Years use astronomical numbering: year 0 is 1 BC, year -1 is 2 BC, and
    so on; any integer year is allowed (far outside datetime's 1..9999).
    The Gregorian leap-year rule applies to every year: divisible by 4,
    except multiples of 100 that are not multiples of 400 (so year 0 and
    year -400 are leap years, -100 is not).  Raise ValueError for an
    invalid month or day (e.g. 29 February of a common year).

    >>> proleptic_days_between(2000, 1, 1, 2000, 3, 1)
    60
    >>> proleptic_days_between(0, 1, 1, 1, 1, 1)
    366
    >>> proleptic_days_between(-4713, 11, 24, 2000, 1, 1)
    2451545
    """
    def tdiv(a: int, b: int) -> int:
        q = abs(a) // abs(b)
        return q if (a >= 0) == (b > 0) else -q

    def is_leap(y: int) -> bool:
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def jdn(y: int, m: int, d: int) -> int:
        if not 1 <= m <= 12:
            raise ValueError("month out of range")
        lengths = [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if not 1 <= d <= lengths[m - 1]:
            raise ValueError("day out of range")
        a = tdiv(m - 14, 12)
        return (tdiv(1461 * (y + 4800 + a), 4)
                + tdiv(367 * (m - 2 - 12 * a), 12)
                - tdiv(3 * tdiv(y + 4900 + a, 100), 4)
                + d - 32075)

    return jdn(y2, m2, d2) - jdn(y1, m1, d1)
