def _raises(exc, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate("4111 1111 1111 1234") == "**** **** **** 1234"
    assert candidate("4111-1111-1111-1234", visible=0) == "****-****-****-****"
    assert candidate(" 371449635398431 ", 6) == "*********398431"
    assert candidate("4111 1111 1111 12-34") == "**** **** **** 12-34"
    assert candidate("411111111111", mask_char="x") == "xxxxxxxx1111" and candidate("4111 1111 1111 1234", 1, "•") == "**** **** **** ***4".replace("*", "•")
    assert candidate("1234 5678 9012 3456 789") == "**** **** **** ***6 789"
    for bad in ("4111 1111 111", "4111 1111 1111 1111 1111", "4111.1111.1111.1111", "4111 1111 1111 abcd", "", "４１１１ 1111 1111 1111"):
        assert _raises(ValueError, candidate, bad)
    assert _raises(ValueError, candidate, "4111 1111 1111 1234", 7) and _raises(ValueError, candidate, "4111 1111 1111 1234", -1)
    assert _raises(ValueError, candidate, "4111 1111 1111 1234", 4, "**") and _raises(ValueError, candidate, "4111 1111 1111 1234", 4, "")
