def check(candidate):
    assert candidate(415, 93) == [(4, 1), (9, 2), (58, 13), (415, 93)]
    assert candidate(-7, 3) == [(-3, 1), (-2, 1), (-7, 3)]
    assert candidate(6, -4) == [(-2, 1), (-3, 2)]
    assert candidate(5, 1) == [(5, 1)]
    assert candidate(0, 7) == [(0, 1)]
    assert candidate(1, 2) == [(0, 1), (1, 2)]
    assert candidate(-1, 2) == [(-1, 1), (-1, 2)]
    assert candidate(10, 4) == [(2, 1), (5, 2)]
    fib = [1, 1]
    while len(fib) < 120:
        fib.append(fib[-1] + fib[-2])
    res = candidate(fib[119], fib[118])
    assert len(res) == 118 and res[-1] == (fib[119], fib[118]) and res[10] == (fib[11], fib[10])
    big = candidate(10**100 + 1, 10**99)
    assert big == [(10, 1), (10**100 + 1, 10**99)]
    try:
        candidate(3, 0)
        assert False, "expected ValueError"
    except ValueError:
        pass
