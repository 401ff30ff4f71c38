from datetime import datetime, timezone


def U(*args):
    return datetime(*args, tzinfo=timezone.utc)


def check(candidate):
    assert candidate(datetime(2024, 7, 1, 12, 0), -5) == U(2024, 7, 1, 16, 0)
    assert candidate(datetime(2024, 11, 3, 1, 30), -5, prefer_earlier=False) == U(2024, 11, 3, 6, 30)
    assert candidate(datetime(2024, 11, 3, 1, 30), -5) == U(2024, 11, 3, 5, 30)
    assert candidate(datetime(2024, 1, 15, 12, 0), -5) == U(2024, 1, 15, 17, 0)
    assert candidate(datetime(2024, 3, 10, 1, 59, 59), -5) == U(2024, 3, 10, 6, 59, 59)
    assert candidate(datetime(2024, 3, 10, 3, 0), -5) == U(2024, 3, 10, 7, 0)
    assert candidate(datetime(2024, 11, 3, 0, 59), -5) == U(2024, 11, 3, 4, 59)
    assert candidate(datetime(2024, 11, 3, 2, 0), -5) == U(2024, 11, 3, 7, 0)
    assert candidate(datetime(2024, 11, 3, 2, 0), -5, prefer_earlier=False) == U(2024, 11, 3, 7, 0)
    assert candidate(datetime(2026, 3, 1, 2, 30), -8) == U(2026, 3, 1, 10, 30)
    assert candidate(datetime(2026, 11, 1, 1, 15), -8) == U(2026, 11, 1, 8, 15)
    assert candidate(datetime(2026, 11, 1, 1, 15), -8, False) == U(2026, 11, 1, 9, 15)
    assert candidate(datetime(2024, 10, 27, 1, 30), -5, False) == U(2024, 10, 27, 5, 30)
    assert candidate(datetime(2024, 12, 31, 22, 0), 3) == U(2024, 12, 31, 19, 0)
    assert candidate(datetime(2024, 6, 30, 23, 30), 3) == U(2024, 6, 30, 19, 30)
    for bad in (datetime(2024, 3, 10, 2, 30), datetime(2024, 3, 10, 2, 0), datetime(2026, 3, 8, 2, 59, 59)):
        try:
            candidate(bad, -5)
            assert False, "expected ValueError"
        except ValueError:
            pass
