from datetime import date, datetime, timedelta


def check(candidate):
    assert candidate(datetime(2024, 3, 4, 8, 0), datetime(2024, 3, 4, 18, 0)) == 27000
    assert candidate(datetime(2024, 3, 8, 16, 0), datetime(2024, 3, 11, 10, 0)) == 9000
    assert candidate(datetime(2024, 3, 4, 12, 15), datetime(2024, 3, 4, 12, 45)) == 0
    assert candidate(datetime(2024, 3, 4, 10, 0), datetime(2024, 3, 4, 12, 30)) == 7200
    assert candidate(datetime(2024, 3, 9, 0, 0), datetime(2024, 3, 11, 0, 0)) == 0
    assert candidate(datetime(2024, 3, 11, 10, 0), datetime(2024, 3, 8, 16, 0)) == -9000
    assert candidate(datetime(2024, 3, 4, 11, 0), datetime(2024, 3, 4, 11, 0)) == 0
    assert candidate(datetime(2024, 3, 4, 17, 29, 59), datetime(2024, 3, 5, 9, 0, 1)) == 2
    hol = {date(2024, 3, 11)}
    assert candidate(datetime(2024, 3, 8, 16, 0), datetime(2024, 3, 12, 10, 0), hol) == 9000
    assert candidate(datetime(2024, 3, 4, 18, 0), datetime(2024, 3, 5, 8, 0)) == 0
    assert candidate(datetime(2024, 3, 1, 0, 0), datetime(2024, 4, 1, 0, 0), {date(2024, 3, 29)}) == 20 * 27000
    weekdays = sum(1 for k in range((date(2030, 1, 1) - date(2000, 1, 1)).days)
                   if (date(2000, 1, 1) + timedelta(days=k)).weekday() < 5)
    assert candidate(datetime(2000, 1, 1), datetime(2030, 1, 1)) == weekdays * 27000
