class _Probe:
    def __init__(self, n, first_bad):
        self.n = n
        self.first_bad = first_bad
        self.calls = 0

    def __call__(self, i):
        if not (isinstance(i, int) and 0 <= i < self.n):
            raise ValueError("probe outside range: %r" % (i,))
        self.calls += 1
        if self.calls > self.n.bit_length() + 1:
            raise RuntimeError("too many probes")
        return i >= self.first_bad


def _run(candidate, n, first_bad):
    return candidate(n, _Probe(n, first_bad))


def check(candidate):
    assert _run(candidate, 10, 7) == 7
    assert _run(candidate, 5, 5) == 5
    assert _run(candidate, 0, 0) == 0
    assert _run(candidate, 1, 0) == 0
    assert _run(candidate, 1, 1) == 1
    assert _run(candidate, 2, 1) == 1
    assert _run(candidate, 1000, 0) == 0
    assert _run(candidate, 1000, 999) == 999
    assert _run(candidate, 10 ** 18, 123456789012345) == 123456789012345
    assert _run(candidate, 10 ** 18, 10 ** 18) == 10 ** 18
    assert all(_run(candidate, n, f) == f for n in range(0, 40) for f in range(0, n + 1))
