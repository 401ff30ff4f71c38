def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    now = [10.0]
    clock = lambda: now[0]
    assert _raises(ValueError, candidate, 0, 1, clock) and _raises(ValueError, candidate, 1, 0, clock)
    tb = candidate(4, 2, clock)
    assert tb.tokens == 4
    assert [tb.try_acquire(), tb.try_acquire(3), tb.try_acquire()] == [True, True, False]
    assert tb.tokens == 0 and tb.wait_time(2) == 1.0
    now[0] = 10.25
    assert tb.tokens == 0.5 and tb.try_acquire() is False and tb.tokens == 0.5
    assert tb.wait_time() == 0.25 and tb.wait_time(0.5) == 0.0
    now[0] = 100.0
    assert tb.tokens == 4 and tb.wait_time(4) == 0.0 and tb.wait_time(1) == 0.0
    assert tb.try_acquire(4) and not tb.try_acquire(0.5)
    assert _raises(ValueError, tb.try_acquire, 5) and _raises(ValueError, tb.try_acquire, 0) and _raises(ValueError, tb.wait_time, -1)
    now[0] = 99.0
    assert tb.tokens == 0
    now[0] = 99.5
    assert tb.tokens == 1.0
