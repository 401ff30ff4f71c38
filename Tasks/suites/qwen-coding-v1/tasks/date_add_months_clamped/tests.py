from datetime import date


def check(candidate):
    assert candidate(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert candidate(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert candidate(date(2023, 12, 15), 1) == date(2024, 1, 15)
    assert candidate(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert candidate(date(2024, 1, 15), -1) == date(2023, 12, 15)
    assert candidate(date(2024, 5, 31), 0) == date(2024, 5, 31)
    assert candidate(date(2024, 12, 31), -12) == date(2023, 12, 31)
    assert candidate(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert candidate(date(2024, 2, 29), 48) == date(2028, 2, 29)
    assert candidate(date(2024, 3, 30), -13) == date(2023, 2, 28)
    assert candidate(date(2000, 10, 31), -8) == date(2000, 2, 29)
    assert candidate(date(1, 1, 1), 9999 * 12 - 1) == date(9999, 12, 1)
    assert candidate(date(2024, 8, 31), 1) == date(2024, 9, 30)
    for d, m in ((date(9999, 12, 1), 1), (date(1, 1, 1), -1)):
        try:
            candidate(d, m)
            assert False, "expected ValueError"
        except ValueError:
            pass
