def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    now = [100.0]
    clock = lambda: now[0]
    sw = candidate(clock)
    assert sw.elapsed == 0 and not sw.running and sw.laps == []
    assert _raises(RuntimeError, sw.stop) and _raises(RuntimeError, sw.lap)
    sw.start()
    assert sw.running and _raises(RuntimeError, sw.start)
    now[0] = 103.0
    assert sw.elapsed == 3.0
    assert sw.lap() == 3.0
    now[0] = 104.0
    assert sw.stop() == 4.0
    now[0] = 110.0
    assert sw.elapsed == 4.0
    sw.start()
    now[0] = 112.0
    assert sw.lap() == 3.0 and sw.elapsed == 6.0
    laps = sw.laps
    laps.append(99)
    assert sw.laps == [3.0, 3.0]
    sw.reset()
    assert sw.elapsed == 0 and sw.laps == [] and not sw.running
    with sw as inner:
        assert inner is sw and sw.running
        now[0] = 120.0
    assert not sw.running and sw.elapsed == 8.0
    caught = False
    try:
        with sw:
            now[0] = 121.5
            raise KeyError("boom")
    except KeyError:
        caught = True
    assert caught and not sw.running and sw.elapsed == 9.5
