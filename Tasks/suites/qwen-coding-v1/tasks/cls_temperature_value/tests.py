def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    T = candidate
    assert T(100) == T.from_fahrenheit(212)
    assert T.from_kelvin(0).celsius == -273.15 and repr(T.from_kelvin(0)) == "Temperature(-273.15 C)"
    assert T(-273.15).kelvin == 0.0
    assert _raises(ValueError, T, -273.16)
    assert _raises(ValueError, T.from_kelvin, -1)
    assert len({T(20), T(20.001), T.from_fahrenheit(68), T(20.0)}) == 1
    assert T(21.5).fahrenheit == 70.7 and repr(T(21.5)) == "Temperature(21.50 C)"
    assert repr(T(-0.001)) == "Temperature(0.00 C)"
    assert sorted([T(3), T(-1.005), T(0)]) == [T(-1.0), T(0), T(3)]
    assert T(1) < T(2) and T(2) >= T(2) and not (T(3) <= T(2))
    assert (T(5) == 5) is False and T(5) != "5"
    t = T(10)
    assert t.shifted(-2.5) == T(7.5) and t.celsius == 10.0
    assert _raises(AttributeError, setattr, t, "celsius", 3)
    d = {T(37): "fever"}
    assert d[T.from_fahrenheit(98.6)] == "fever"
