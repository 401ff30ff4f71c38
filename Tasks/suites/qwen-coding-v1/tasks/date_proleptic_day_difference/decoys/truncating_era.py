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
    def is_leap(y: int) -> bool:
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def days_from_civil(y: int, m: int, d: int) -> int:
        if not 1 <= m <= 12:
            raise ValueError("month out of range")
        lengths = [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        if not 1 <= d <= lengths[m - 1]:
            raise ValueError("day out of range")
        y -= m <= 2
        era = int(y / 400)
        yoe = y - era * 400
        mp = (m + 9) % 12
        doy = (153 * mp + 2) // 5 + d - 1
        doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
        return era * 146097 + doe

    return days_from_civil(y2, m2, d2) - days_from_civil(y1, m1, d1)
