def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("1234567") == "12,34,567"
    assert candidate("-9876543210.50") == "-9,87,65,43,210.50"
    assert candidate("007") == "7"
    assert candidate("0") == "0"
    assert candidate("999") == "999"
    assert candidate("1000") == "1,000"
    assert candidate("100000") == "1,00,000"
    assert candidate("+12345") == "12,345"
    assert candidate("-0.00") == "0.00"
    assert candidate("-0.01") == "-0.01"
    assert candidate("0001000.000") == "1,000.000"
    assert candidate("-000") == "0"
    assert candidate("1" * 20) == "1,11,11,11,11,11,11,11,11,111"
    assert _bad(candidate, "")
    assert _bad(candidate, "1,000")
    assert _bad(candidate, "12.")
    assert _bad(candidate, ".5")
    assert _bad(candidate, " 12")
    assert _bad(candidate, "\u0661\u0662\u0663\u0664")
