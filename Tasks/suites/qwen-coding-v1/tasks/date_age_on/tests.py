from datetime import date


def check(candidate):
    assert candidate(date(1990, 7, 15), date(2020, 7, 14)) == 29
    assert candidate(date(1990, 7, 15), date(2020, 7, 15)) == 30
    assert candidate(date(2000, 2, 29), date(2001, 2, 28)) == 0
    assert candidate(date(2000, 2, 29), date(2001, 3, 1)) == 1
    assert candidate(date(2000, 2, 29), date(2004, 2, 29)) == 4
    assert candidate(date(2000, 2, 29), date(2004, 2, 28)) == 3
    assert candidate(date(2010, 5, 5), date(2010, 5, 5)) == 0
    assert candidate(date(1999, 12, 31), date(2000, 1, 1)) == 0
    assert candidate(date(1999, 1, 1), date(2000, 1, 1)) == 1
    assert candidate(date(2001, 6, 1), date(2005, 6, 1)) == 4
    assert candidate(date(1, 1, 1), date(9999, 12, 31)) == 9998
    assert candidate(date(1903, 3, 1), date(2003, 2, 28)) == 99
    assert candidate(date(1960, 1, 1), date(2020, 12, 31)) == 60
    try:
        candidate(date(2020, 1, 2), date(2020, 1, 1))
        assert False, "expected ValueError"
    except ValueError:
        pass
