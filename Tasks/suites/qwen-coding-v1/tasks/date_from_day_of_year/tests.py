from datetime import date


def check(candidate):
    assert candidate(2023, 1) == date(2023, 1, 1)
    assert candidate(2024, 60) == date(2024, 2, 29)
    assert candidate(2023, 60) == date(2023, 3, 1)
    assert candidate(2024, 366) == date(2024, 12, 31)
    assert candidate(2023, 365) == date(2023, 12, 31)
    assert candidate(2000, 366) == date(2000, 12, 31)
    assert candidate(1900, 365) == date(1900, 12, 31)
    assert candidate(1900, 60) == date(1900, 3, 1)
    assert candidate(9999, 365) == date(9999, 12, 31)
    assert candidate(1, 32) == date(1, 2, 1)
    for y, n in ((2023, 366), (1900, 366), (2100, 366), (2024, 0), (2024, 367), (0, 10), (10000, 1), (2024, -5)):
        try:
            candidate(y, n)
            assert False, "expected ValueError"
        except ValueError:
            pass
