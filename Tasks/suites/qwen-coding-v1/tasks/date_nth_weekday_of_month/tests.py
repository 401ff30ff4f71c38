from datetime import date


def check(candidate):
    assert candidate(2024, 11, 3, 4) == date(2024, 11, 28)
    assert candidate(2024, 5, 0, -1) == date(2024, 5, 27)
    assert candidate(2024, 2, 4, 5) is None
    assert candidate(2020, 2, 5, 5) == date(2020, 2, 29)
    assert candidate(2020, 2, 5, -5) == date(2020, 2, 1)
    assert candidate(2024, 9, 6, 1) == date(2024, 9, 1)
    assert candidate(2024, 9, 0, 1) == date(2024, 9, 2)
    assert candidate(2024, 3, 6, -2) == date(2024, 3, 24)
    assert candidate(2024, 3, 6, -1) == date(2024, 3, 31)
    assert candidate(2023, 12, 0, -5) is None
    assert candidate(2021, 2, 0, 4) == date(2021, 2, 22)
    assert candidate(2021, 2, 0, 5) is None
    assert candidate(2021, 2, 0, -2) == date(2021, 2, 15)
    assert candidate(9999, 12, 4, -1) == date(9999, 12, 31)
    for args in ((2024, 1, 0, 0), (2024, 1, 0, 6), (2024, 1, 7, 1), (2024, 1, -1, 1)):
        try:
            candidate(*args)
            assert False, "expected ValueError"
        except ValueError:
            pass
