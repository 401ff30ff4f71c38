from datetime import date


def iso_week_label(d: date) -> str:
    """Return the ISO 8601 week-date label of d as "YYYY-Www-D".

    YYYY is the ISO week-numbering year (which differs from the calendar
    year for some days around New Year), ww is the two-digit ISO week
    number (01..53) and D is the ISO weekday (1 = Monday ... 7 = Sunday).
    ISO weeks start on Monday and week 01 is the week containing the year's
    first Thursday.

    >>> iso_week_label(date(2021, 1, 3))
    '2020-W53-7'
    >>> iso_week_label(date(2024, 12, 30))
    '2025-W01-1'
    >>> iso_week_label(date(2023, 6, 15))
    '2023-W24-4'
    """
    year, week, weekday = d.isocalendar()
    return f"{year:04d}-W{week:02d}-{weekday}"
