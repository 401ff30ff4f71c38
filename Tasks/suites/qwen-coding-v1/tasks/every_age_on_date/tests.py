import datetime

D = datetime.date


def check(candidate):
    assert candidate(D(2000, 5, 10), D(2024, 5, 9)) == 23 and candidate(D(2000, 5, 10), D(2024, 5, 10)) == 24
    assert candidate(D(2004, 2, 29), D(2023, 2, 28)) == 18 and candidate(D(2004, 2, 29), D(2023, 3, 1)) == 19
    assert candidate(D(2004, 2, 29), D(2024, 2, 28)) == 19 and candidate(D(2004, 2, 29), D(2024, 2, 29)) == 20
    assert candidate(D(2004, 2, 29), D(2100, 3, 1)) == 96 and candidate(D(2004, 2, 29), D(2100, 2, 28)) == 95
    assert candidate(D(1999, 12, 31), D(2000, 1, 1)) == 0 and candidate(D(1999, 12, 31), D(2000, 12, 31)) == 1
    assert candidate(D(2020, 1, 1), D(2020, 1, 1)) == 0 and candidate(D(1900, 3, 1), D(2000, 2, 29)) == 99
    assert candidate(D(1990, 7, 1), D(1991, 7, 1)) == 1 and candidate(D(1990, 7, 1), D(1995, 7, 1)) == 5
    raised = False
    try:
        candidate(D(2020, 1, 2), D(2020, 1, 1))
    except ValueError:
        raised = True
    assert raised
