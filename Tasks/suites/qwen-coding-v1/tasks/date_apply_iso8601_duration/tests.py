def check(candidate):
    assert candidate("2024-01-31T10:00:00Z", "P1M") == "2024-02-29T10:00:00Z"
    assert candidate("2024-01-30T10:00:00+01:00", "P1M2D") == "2024-03-02T10:00:00+01:00"
    assert candidate("2024-03-31T23:30:00-05:00", "-P1MT45M") == "2024-02-29T22:45:00-05:00"
    assert candidate("2023-12-31T23:00:00Z", "PT2H") == "2024-01-01T01:00:00Z"
    assert candidate("2024-02-29T00:00:00Z", "P1Y") == "2025-02-28T00:00:00Z"
    assert candidate("2020-02-29T12:00:00+05:30", "P4Y") == "2024-02-29T12:00:00+05:30"
    assert candidate("2024-01-01T00:00:00Z", "P2W") == "2024-01-15T00:00:00Z"
    assert candidate("2024-01-01T00:00:00Z", "PT36H") == "2024-01-02T12:00:00Z"
    assert candidate("2024-05-31T00:00:00Z", "-P3M") == "2024-02-29T00:00:00Z"
    assert candidate("2023-01-31T08:00:00Z", "P1M1DT16H") == "2023-03-02T00:00:00Z"
    assert candidate("2024-03-01T00:00:30Z", "-PT31S") == "2024-02-29T23:59:59Z"
    assert candidate("2024-10-31T12:00:00+00:00", "P1Y1M1W1DT1H1M1S") == "2025-12-08T13:01:01+00:00"
    assert candidate("2024-06-15T00:00:00Z", "P0D") == "2024-06-15T00:00:00Z"
    assert candidate("2024-06-15T00:00:00Z", "P1000000DT0S") == "4762-05-13T00:00:00Z"
    for bad in ("P", "PT", "P1H", "1D", "P1.5D", "P1D2Y", "-PT", "P1DT", "PT1D", "P-1D", "p1d"):
        try:
            candidate("2024-01-01T00:00:00Z", bad)
            assert False, "expected ValueError for " + bad
        except ValueError:
            pass
