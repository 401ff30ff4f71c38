import calendar
from datetime import date


def year_fraction(start: date, end: date, convention: str) -> float:
    """Return the year fraction between start and end under a day-count
    convention.

    Conventions (names are exact):
      "ACT/360"      actual days / 360
      "ACT/365F"     actual days / 365
      "ACT/ACT-ISDA" split the period at each 1 January; each piece
                     contributes its actual days divided by the length
                     (365 or 366) of the calendar year it lies in
      "30/360-US"    with Y1/M1/D1 and Y2/M2/D2 the dates: if D1 == 31 set
                     D1 = 30; then if D2 == 31 and D1 == 30 set D2 = 30
      "30E/360"      if D1 == 31 set D1 = 30; if D2 == 31 set D2 = 30
    Both 30/360 variants (no other adjustments, in particular none for
    February) then use (360*(Y2-Y1) + 30*(M2-M1) + (D2-D1)) / 360.
    Actual days = (end - start).days.  start == end gives 0.0.  Raise
    ValueError if start > end or the convention is unknown.

    >>> round(year_fraction(date(2024, 1, 15), date(2024, 3, 31), "30/360-US"), 12)
    0.211111111111
    >>> round(year_fraction(date(2024, 1, 15), date(2024, 3, 31), "30E/360"), 12)
    0.208333333333
    >>> year_fraction(date(2024, 1, 1), date(2025, 1, 1), "ACT/ACT-ISDA")
    1.0
    """
    if start > end:
        raise ValueError("start after end")
    days = (end - start).days
    if convention == "ACT/360":
        return days / 360.0
    if convention == "ACT/365F":
        return days / 365.0
    if convention == "ACT/ACT-ISDA":
        return days / (366 if calendar.isleap(start.year) else 365)
    if convention in ("30/360-US", "30E/360"):
        y1, m1, d1 = start.year, start.month, start.day
        y2, m2, d2 = end.year, end.month, end.day
        if d1 == 31:
            d1 = 30
        if convention == "30/360-US":
            if d2 == 31 and d1 == 30:
                d2 = 30
        elif d2 == 31:
            d2 = 30
        return (360 * (y2 - y1) + 30 * (m2 - m1) + (d2 - d1)) / 360.0
    raise ValueError(f"unknown convention {convention!r}")
