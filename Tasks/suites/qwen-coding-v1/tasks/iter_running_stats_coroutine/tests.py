def check(candidate):
    g = candidate()
    assert next(g) == (0, None, None, None)
    assert g.send(4) == (1, 4.0, 4, 4)
    second = g.send(-2)
    assert second == (2, 1.0, -2, 4) and isinstance(second[1], float)
    assert g.send(None) == (2, 1.0, -2, 4) and next(g) == (2, 1.0, -2, 4)
    assert g.send(10) == (3, 4.0, -2, 10) and g.send(2.5) == (4, 3.625, -2, 10)
    assert g.send("reset") == (0, None, None, None) and next(g) == (0, None, None, None)
    assert g.send(7) == (1, 7.0, 7, 7) and g.send(9) == (2, 8.0, 7, 9)
    h = candidate()
    next(h)
    assert h.send(5) == (1, 5.0, 5, 5) and h.send(6) == (2, 5.5, 5, 6)
    raised = False
    try:
        h.send(True)
    except TypeError:
        raised = True
    assert raised
    k = candidate()
    next(k)
    raised = False
    try:
        k.send("7")
    except TypeError:
        raised = True
    assert raised
