import datetime
import itertools

D = datetime.date


def check(candidate):
    assert list(itertools.islice(candidate(D(2024, 10, 2)), 4)) == [D(2024, 11, 1), D(2024, 12, 1), D(2025, 1, 1), D(2025, 2, 1)]
    assert list(candidate(D(2023, 11, 15), D(2024, 3, 1))) == [D(2023, 12, 1), D(2024, 1, 1), D(2024, 2, 1), D(2024, 3, 1)]
    assert list(candidate(D(2024, 1, 1), D(2024, 1, 31))) == [D(2024, 1, 1)]
    assert list(candidate(D(2024, 1, 1), D(2024, 2, 29))) == [D(2024, 1, 1), D(2024, 2, 1)]
    assert list(candidate(D(2024, 3, 5), D(2024, 3, 31))) == [] and list(candidate(D(2024, 3, 1), D(2024, 2, 1))) == []
    assert list(candidate(D(2024, 12, 31), D(2025, 1, 1))) == [D(2025, 1, 1)]
    assert len(list(candidate(D(2000, 1, 1), D(2099, 12, 31)))) == 1200
    assert next(candidate(D(1999, 12, 1))) == D(1999, 12, 1)
