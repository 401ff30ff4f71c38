def _raises(exc, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert [candidate(v) for v in (" Yes ", "y", "ON", "enabled", "1", "True\n", "Enable")] == [True] * 7
    assert [candidate(v) for v in ("no", " OFF", "N", "disabled", "0", "false", "Disable")] == [False] * 7
    assert candidate(True) is True and candidate(False) is False and candidate(1) is True and candidate(0) is False
    assert candidate("", default=True) is True and candidate("   ", default=False) is False and candidate(None, default=False) is False
    assert candidate(0, default=True) is False and candidate(False, default=True) is False and candidate("no", default=True) is False
    assert _raises(ValueError, candidate, None) and _raises(ValueError, candidate, "  ")
    assert all(_raises(ValueError, candidate, v) for v in (2, -1, "maybe", "truthy", "yes please", 1.0, "t", "o n"))
