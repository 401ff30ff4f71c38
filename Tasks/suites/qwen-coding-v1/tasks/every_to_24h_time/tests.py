def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate("7pm") == "19:00" and candidate("7 AM") == "07:00"
    assert candidate("12:30 am") == "00:30" and candidate("12 PM") == "12:00" and candidate("12:59p.m.") == "12:59"
    assert candidate(" 9:05 a.m. ") == "09:05" and candidate("07:45PM") == "19:45" and candidate("11:59 pm") == "23:59"
    assert candidate("Noon") == "12:00" and candidate(" MIDNIGHT ") == "00:00" and candidate("12am") == "00:00"
    assert candidate("1:00 am") == "01:00" and candidate("10:10   p.m.") == "22:10"
    for bad in ("13pm", "0am", "00:30 am", "7:5pm", "7:60pm", "19:00", "7", "pm", "7 : 00 pm", "12:00 noon", "7pmx", "7.30pm", "7 p.m"):
        assert _raises(ValueError, candidate, bad), bad
