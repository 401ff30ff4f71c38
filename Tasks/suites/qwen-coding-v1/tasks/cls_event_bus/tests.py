def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    bus, log = candidate(), []
    h = lambda x: log.append(("h", x))
    g = lambda x: log.append(("g", x))
    off1 = bus.on("e", h)
    bus.on("e", g)
    off3 = bus.on("e", h)
    bus.on("*", lambda ev, x, **kw: log.append(("*", ev, x, kw)))
    assert bus.emit("e", 1) == 4 and log == [("h", 1), ("g", 1), ("h", 1), ("*", "e", 1, {})]
    log.clear()
    off3()
    off3()
    assert bus.emit("e", 2) == 3 and log == [("h", 2), ("g", 2), ("*", "e", 2, {})]
    log.clear()
    off1()
    assert bus.listener_count("e") == 1 and bus.emit("other", 3, flag=True) == 1 and log == [("*", "other", 3, {"flag": True})]
    assert _raises(ValueError, bus.emit, "*")
    b2, seen = candidate(), []

    def adder():
        seen.append("adder")
        b2.on("x", lambda: seen.append("late"))

    b2.on("x", adder)
    assert b2.emit("x") == 1 and seen == ["adder"] and b2.listener_count("x") == 2
    b3, seen3 = candidate(), []
    offs = {}
    offs["b"] = None

    def first():
        seen3.append("first")
        offs["b"]()

    b3.on("y", first)
    offs["b"] = b3.on("y", lambda: seen3.append("second"))
    assert b3.emit("y") == 1 and seen3 == ["first"] and b3.listener_count("y") == 1
    b4, seen4 = candidate(), []

    def reentrant(n):
        seen4.append(n)
        if n < 3:
            b4.emit("z", n + 1)

    b4.once("z", reentrant)
    b4.on("z", lambda n: seen4.append(-n))
    assert b4.emit("z", 1) == 2 and seen4 == [1, -2, -1] and b4.listener_count("z") == 1
    b5 = candidate()
    b5.on("boom", lambda: 1 / 0)
    b5.on("boom", lambda: log.append("never"))
    assert _raises(ZeroDivisionError, b5.emit, "boom") and "never" not in log
