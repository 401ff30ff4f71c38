def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate("1h30m") == 5400 and candidate(" 1H 30M ") == 5400 and candidate("1.5h") == 5400
    assert candidate("2 hours, 5 minutes and 10 seconds") == 7510 and candidate("1 hour and 1 second") == 3601
    assert candidate("1:02:03") == 3723 and candidate("2:03") == 123 and candidate("90:00") == 5400
    assert candidate("1w 2d") == 777600 and candidate("5 min") == 300 and candidate("5mins") == 300 and candidate("3 hrs") == 10800
    assert candidate(".5m") == 30 and candidate("2.5s") == 3 and candidate("0.5 sec") == 1 and candidate("1.25s") == 1 and candidate("0s") == 0
    assert candidate("1d,2h,3m,4s") == 93784 and candidate("2 WEEKS") == 1209600 and candidate("1h and30m") == 5400
    bad = ["", "   ", "90", "1h 1h", "1 hour and 2 hours", "5x", "1:60", "1:2:3", "h", "1h,", ", 1h",
           "-5m", "1:02:03 extra", "1 minute 5", "1ms", "1hand 30m", "1 h 30 mn", "5 m and"]
    for b in bad:
        assert _raises(ValueError, candidate, b), b
