import datetime

D = datetime.date


def check(candidate):
    assert candidate(D(2024, 3, 1), D(2024, 3, 4)) == 1 and candidate(D(2024, 3, 4), D(2024, 3, 8)) == 4
    assert candidate(D(2024, 3, 2), D(2024, 3, 3)) == 0 and candidate(D(2024, 3, 2), D(2024, 3, 4)) == 1
    assert candidate(D(2024, 3, 5), D(2024, 3, 5)) == 0 and candidate(D(2024, 3, 8), D(2024, 3, 4)) == -4
    hol = [D(2024, 3, 6), D(2024, 3, 9), D(2024, 3, 6), D(2023, 12, 25)]
    assert candidate(D(2024, 3, 4), D(2024, 3, 10), hol) == 3 and candidate(D(2024, 3, 10), D(2024, 3, 4), hol) == -3
    assert candidate(D(2024, 3, 5), D(2024, 3, 6), iter([D(2024, 3, 6)])) == 0
    assert candidate(D(2023, 12, 29), D(2024, 1, 2), [D(2024, 1, 1)]) == 1
    assert candidate(D(2000, 1, 1), D(2099, 12, 31)) == 26089
