def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    b = candidate("hello")
    b.insert(5, " ")
    b.insert(6, "wor")
    b.insert(9, "ld")
    assert str(b) == "hello world" and len(b) == 11
    assert b.undo() is True and str(b) == "hello" and b.undo() is False
    assert b.redo() is True and str(b) == "hello world" and b.redo() is False
    b.insert(0, ">")
    b.insert(1, ">")
    b.insert(1, "<")
    assert str(b) == "><>hello world"
    assert b.undo() and str(b) == ">>hello world" and b.undo() and str(b) == "hello world"
    assert b.delete(5, 100) == " world" and str(b) == "hello" and b.delete(5, 3) == ""
    assert b.undo() and str(b) == "hello world"
    b.insert(0, "X")
    assert b.redo() is False and str(b) == "Xhello world"
    assert b.replace(1, 5, "HELLO") == "hello" and str(b) == "XHELLO world"
    assert b.undo() and str(b) == "Xhello world" and b.undo() and str(b) == "hello world"
    assert _raises(IndexError, b.insert, -1, "a") and _raises(IndexError, b.insert, 12, "a")
    assert _raises(IndexError, b.delete, 12, 1) and _raises(ValueError, b.delete, 0, -1)
    t = candidate()
    t.insert(0, "a")
    t.insert(1, "b")
    t.undo()
    t.redo()
    t.insert(2, "c")
    t.insert(3, "")
    t.insert(3, "d")
    assert str(t) == "abcd" and t.undo() and str(t) == "ab"
    t.delete(0, 1)
    t.insert(1, "e")
    assert str(t) == "be" and t.undo() and str(t) == "b" and t.undo() and str(t) == "ab"
