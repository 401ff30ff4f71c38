def check(candidate):
    assert candidate("") == ""
    assert candidate("hello world") == "HeLlO wOrLd"
    assert candidate("a1b2c3") == "A1b2C3"
    assert candidate("x-y-z") == "X-y-Z"
    assert candidate("ABC") == "AbC"
    assert candidate("ÉCOLE") == "ÉcOlE"
    assert candidate("Ünïcödé") == "ÜnÏcÖdÉ"
    assert candidate("12 !?") == "12 !?"
    assert candidate("it's ok") == "It'S oK"
    assert candidate("ab" * 5000) == "Ab" * 5000
