def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("12/Mar/2024:14:05:09 +0130") == "2024-03-12T12:35:09Z"
    assert candidate("31/dec/2023:23:30:00 -0100") == "2024-01-01T00:30:00Z"
    assert candidate("01/Jan/2024:00:15:00.250 +0100") == "2023-12-31T23:15:00.250Z"
    assert candidate("29/Feb/2024:12:00:00 +0000") == "2024-02-29T12:00:00Z"
    assert candidate("01/MAR/2024:00:59:59.123456 +0100") == "2024-02-29T23:59:59.123456Z"
    assert candidate("12/Mar/2024:14:05:09 +1400") == "2024-03-12T00:05:09Z"
    assert candidate("05/Aug/2021:20:00:00.5 -0945") == "2021-08-06T05:45:00.5Z"
    assert candidate("15/Jun/2022:08:00:00 -0000") == "2022-06-15T08:00:00Z"
    assert _bad(candidate, "29/Feb/2023:12:00:00 +0000")
    assert _bad(candidate, "12/Mar/2024:14:05:09 +0160")
    assert _bad(candidate, "12/Mar/2024 14:05:09 +0000")
    assert _bad(candidate, "12/Mrz/2024:14:05:09 +0000")
    assert _bad(candidate, "12/Mar/2024:24:00:00 +0000")
    assert _bad(candidate, "1/Mar/2024:14:05:09 +0000")
    assert _bad(candidate, "12/Mar/2024:14:05:09 +05:30")
    assert _bad(candidate, "12/Mar/2024:14:05:09.1234567 +0000")
    assert _bad(candidate, "12/Mar/2024:14:05:09")
