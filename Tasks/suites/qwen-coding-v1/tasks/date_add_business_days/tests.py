from datetime import date


def check(candidate):
    assert candidate(date(2024, 3, 1), 1) == date(2024, 3, 4)
    assert candidate(date(2024, 3, 4), -1) == date(2024, 3, 1)
    assert candidate(date(2024, 12, 24), 1, {date(2024, 12, 25), date(2024, 12, 26)}) == date(2024, 12, 27)
    assert candidate(date(2024, 3, 2), 1) == date(2024, 3, 4)
    assert candidate(date(2024, 3, 2), 0) == date(2024, 3, 4)
    assert candidate(date(2024, 3, 6), 0) == date(2024, 3, 6)
    assert candidate(date(2024, 3, 3), -1) == date(2024, 3, 1)
    assert candidate(date(2024, 3, 6), 5) == date(2024, 3, 13)
    hol = {date(2024, 1, 1), date(2024, 12, 25), date(2024, 7, 4)}
    assert candidate(date(2024, 1, 2), -1, hol) == date(2023, 12, 29)
    assert candidate(date(2023, 12, 29), 1, hol) == date(2024, 1, 2)
    assert candidate(date(2024, 1, 1), 0, hol) == date(2024, 1, 2)
    assert candidate(date(2024, 1, 1), 259, hol) == date(2024, 12, 31)
    assert candidate(date(2024, 12, 31), -259, hol) == date(2023, 12, 29)
    assert candidate(date(2000, 1, 3), 2609) == date(2010, 1, 1)
