import itertools


def _bomb(items):
    yield from items
    raise AssertionError("read too far")


def check(candidate):
    p = candidate(iter([1, 2, 3]))
    assert iter(p) is p and p.peek() == 1 and p.peek() == 1 and next(p) == 1
    assert p.peek_n(5) == [2, 3] and p.peek_n(1) == [2] and p.peek_n(0) == []
    assert list(p) == [2, 3] and p.peek("end") == "end" and p.peek(None) is None and not p
    raised = False
    try:
        p.peek()
    except StopIteration:
        raised = True
    assert raised
    q = candidate("cd")
    q.prepend("a", "b")
    assert "".join(q) == "abcd"
    r = candidate("xy")
    assert r.peek() == "x"
    r.prepend("v", "w")
    assert list(r) == ["v", "w", "x", "y"]
    z = candidate([0, None, ""])
    assert bool(z) and next(z) == 0 and bool(z) and z.peek() is None and next(z) is None and bool(z) and next(z) == "" and not z
    c = candidate(itertools.count())
    assert c.peek_n(3) == [0, 1, 2] and next(c) == 0 and c.peek() == 1
    b = candidate(_bomb([1, 2]))
    assert b.peek_n(2) == [1, 2] and bool(b) and b.peek() == 1 and next(b) == 1 and next(b) == 2
    raised = False
    try:
        candidate([1]).peek_n(-1)
    except ValueError:
        raised = True
    assert raised
