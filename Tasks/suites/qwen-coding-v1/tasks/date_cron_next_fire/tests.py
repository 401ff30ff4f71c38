from datetime import datetime, timedelta, timezone


def check(candidate):
    assert candidate("*/15 * * * *", datetime(2024, 1, 1, 10, 7, 30)) == datetime(2024, 1, 1, 10, 15)
    assert candidate("0 9 * * 1-5", datetime(2024, 3, 1, 9, 0)) == datetime(2024, 3, 4, 9, 0)
    assert candidate("0 12 13 * 5", datetime(2024, 1, 1)) == datetime(2024, 1, 5, 12, 0)
    assert candidate("0 12 13 * *", datetime(2024, 1, 1)) == datetime(2024, 1, 13, 12, 0)
    assert candidate("0 12 * * 6", datetime(2024, 1, 1)) == datetime(2024, 1, 6, 12, 0)
    assert candidate("30 8 1 * *", datetime(2024, 1, 31, 12, 0)) == datetime(2024, 2, 1, 8, 30)
    assert candidate("0 0 29 2 *", datetime(2024, 3, 1)) == datetime(2028, 2, 29, 0, 0)
    assert candidate("0 0 29 2 *", datetime(2096, 3, 1)) == datetime(2104, 2, 29, 0, 0)
    assert candidate("0 0 * * 7", datetime(2024, 1, 1)) == datetime(2024, 1, 7, 0, 0)
    assert candidate("0 0 * * 0", datetime(2024, 1, 1)) == datetime(2024, 1, 7, 0, 0)
    assert candidate("5,10 1-3/2 * * *", datetime(2024, 1, 1, 1, 10)) == datetime(2024, 1, 1, 3, 5)
    assert candidate("5,10 1-3/2 * * *", datetime(2024, 1, 1, 1, 9, 59, 999999)) == datetime(2024, 1, 1, 1, 10)
    assert candidate("59 23 31 12 *", datetime(2024, 12, 31, 23, 59)) == datetime(2025, 12, 31, 23, 59)
    assert candidate("0 0 31 4 *", datetime(2024, 1, 1)) is None
    assert candidate("0 0 30 2 *", datetime(2024, 1, 1)) is None
    assert candidate("15/20 * * * *", datetime(2024, 5, 5, 5, 36)) == datetime(2024, 5, 5, 5, 55)
    assert candidate("0 0 1-7 * 1", datetime(2024, 6, 2)) == datetime(2024, 6, 3, 0, 0)
    assert candidate("0 6 * 2 1", datetime(2024, 1, 1)) == datetime(2024, 2, 5, 6, 0)
    tz = timezone(timedelta(hours=-5))
    assert candidate("0 0 * * *", datetime(2024, 1, 1, 23, 59, tzinfo=tz)) == datetime(2024, 1, 2, 0, 0, tzinfo=tz)
    for bad in ("60 * * * *", "* * *", "*/0 * * * *", "5-2 * * * *", "* 24 * * *", "* * 0 * *",
                "* * * 13 *", "* * * * 8", "a * * * *", "1,,2 * * * *", "* * * * * *"):
        try:
            candidate(bad, datetime(2024, 1, 1))
            assert False, "expected ValueError for " + bad
        except ValueError:
            pass
