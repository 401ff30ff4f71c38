def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert _raises(ValueError, candidate, 0)
    rb = candidate(3)
    assert len(rb) == 0 and list(rb) == [] and not rb.full and rb == []
    assert _raises(IndexError, rb.__getitem__, 0) and _raises(IndexError, rb.__getitem__, -1)
    rb.append("a")
    rb.append("b")
    assert rb[0] == "a" and rb[-1] == "b" and rb[1] == "b" and rb[-2] == "a"
    rb.extend("cdefg")
    assert list(rb) == ["e", "f", "g"] and rb.full and len(rb) == 3
    assert rb[0] == "e" and rb[1] == "f" and rb[2] == "g" and rb[-1] == "g" and rb[-3] == "e"
    assert _raises(IndexError, rb.__getitem__, 3) and _raises(IndexError, rb.__getitem__, -4)
    assert rb[::-1] == ["g", "f", "e"] and rb[1:] == ["f", "g"] and rb[5:9] == []
    other = candidate(3)
    other.extend(["x", "e", "f", "g"])
    bigger = candidate(4)
    bigger.extend("efg")
    assert rb == other and rb != bigger and rb == ["e", "f", "g"] and (rb == ("e", "f", "g")) is False
    rb.clear()
    assert len(rb) == 0 and rb == [] and not rb.full
    rb.extend(range(10))
    assert list(rb) == [7, 8, 9] and rb.capacity == 3
