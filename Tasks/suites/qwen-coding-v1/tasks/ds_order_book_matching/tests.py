def check(candidate):
    assert candidate([("s1", "sell", 101, 5), ("s2", "sell", 100, 3), ("b1", "buy", 101, 6)]) == [("b1", "s2", 100, 3), ("b1", "s1", 101, 3)]
    assert candidate([("b1", "buy", 99, 2), ("b2", "buy", 99, 2), ("s1", "sell", 98, 3)]) == [("b1", "s1", 99, 2), ("b2", "s1", 99, 1)]
    assert candidate([]) == []
    assert candidate([("b", "buy", 99, 5), ("s", "sell", 100, 5)]) == []
    assert candidate([("b", "buy", 100, 5), ("s", "sell", 100, 7)]) == [("b", "s", 100, 5)]
    assert candidate([("s", "sell", 50, 10), ("b1", "buy", 50, 4), ("b2", "buy", 60, 10), ("s2", "sell", 55, 5), ("b3", "buy", 55, 1)]) == [
        ("b1", "s", 50, 4), ("b2", "s", 50, 6), ("b2", "s2", 60, 4), ("b3", "s2", 55, 1)]
    assert candidate([("s1", "sell", 10, 1), ("s2", "sell", 10, 1), ("s3", "sell", 10, 1), ("b", "buy", 12, 2), ("b2", "buy", 10, 5)]) == [
        ("b", "s1", 10, 1), ("b", "s2", 10, 1), ("b2", "s3", 10, 1)]
    assert candidate([("b1", "buy", 5, 1), ("b2", "buy", 7, 1), ("b3", "buy", 6, 1), ("s", "sell", 1, 5), ("b4", "buy", 1, 1)]) == [
        ("b2", "s", 7, 1), ("b3", "s", 6, 1), ("b1", "s", 5, 1), ("b4", "s", 1, 1)]
    n = 50000
    big = [("s%d" % p, "sell", p, 1) for p in range(n, 0, -1)]
    big += [("b%d" % j, "buy", 10 ** 6, 1) for j in range(1, n + 1)]
    assert candidate(big) == [("b%d" % j, "s%d" % j, j, 1) for j in range(1, n + 1)]
