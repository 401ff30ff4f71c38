from datetime import date


def check(candidate):
    assert candidate(date(2024, 5, 17)) == (date(2024, 4, 1), date(2024, 6, 30))
    assert candidate(date(2024, 2, 10), 4) == (date(2024, 1, 1), date(2024, 3, 31))
    assert candidate(date(2024, 1, 15), 11) == (date(2023, 11, 1), date(2024, 1, 31))
    assert candidate(date(2023, 12, 31), 11) == (date(2023, 11, 1), date(2024, 1, 31))
    assert candidate(date(2024, 2, 29), 2) == (date(2024, 2, 1), date(2024, 4, 30))
    assert candidate(date(2023, 2, 1), 12) == (date(2022, 12, 1), date(2023, 2, 28))
    assert candidate(date(2024, 2, 1), 12) == (date(2023, 12, 1), date(2024, 2, 29))
    assert candidate(date(2024, 10, 1), 10) == (date(2024, 10, 1), date(2024, 12, 31))
    assert candidate(date(2024, 12, 31)) == (date(2024, 10, 1), date(2024, 12, 31))
    assert candidate(date(9999, 12, 31), 10) == (date(9999, 10, 1), date(9999, 12, 31))
    assert candidate(date(2021, 9, 30), 7) == (date(2021, 7, 1), date(2021, 9, 30))
    for bad in (0, 13):
        try:
            candidate(date(2024, 1, 1), bad)
            assert False, "expected ValueError"
        except ValueError:
            pass
