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
