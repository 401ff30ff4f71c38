class _Fn:
    def __init__(self, lo, hi, g):
        self.lo, self.hi, self.g = lo, hi, g
        self.limit = 2 * (hi - lo + 1).bit_length() + 2
        self.calls = 0

    def __call__(self, x):
        if not (isinstance(x, int) and self.lo <= x <= self.hi):
            raise ValueError("argument outside domain: %r" % (x,))
        self.calls += 1
        if self.calls > self.limit:
            raise RuntimeError("too many evaluations")
        return self.g(x)


def _run(candidate, lo, hi, g):
    return candidate(lo, hi, _Fn(lo, hi, g))


def _tent(p, up, down):
    return lambda x: up * (x - p) if x <= p else -down * (x - p)


def check(candidate):
    assert _run(candidate, 0, 10, lambda x: -(x - 3) ** 2) == 3
    assert _run(candidate, -5, 5, lambda x: x) == 5
    assert _run(candidate, 7, 7, lambda x: 0) == 7
    assert _run(candidate, -5, 5, lambda x: -x) == -5
    assert _run(candidate, 0, 1, lambda x: [4, 9][x]) == 1
    assert _run(candidate, 0, 1, lambda x: [9, 4][x]) == 0
    assert _run(candidate, -10 ** 12, 10 ** 12, _tent(987654321, 3, 1)) == 987654321
    assert _run(candidate, -10 ** 12, 10 ** 12, _tent(10 ** 12, 1, 5)) == 10 ** 12
    assert _run(candidate, -10 ** 12, 10 ** 12, _tent(-10 ** 12, 2, 1)) == -10 ** 12
    assert _run(candidate, 100, 10 ** 9, lambda x: -abs(x - 123456) * 7 + (1 if x < 123456 else 0)) == 123456
    assert all(_run(candidate, 0, n, _tent(p, 1, 2)) == p for n in range(0, 30) for p in range(0, n + 1))
