from itertools import product

MOD = 1_000_000_007


def _brute(n, a, k):
    cnt = 0
    for s in product(range(a), repeat=n):
        run = 1
        ok = True
        for i in range(1, n):
            run = run + 1 if s[i] == s[i - 1] else 1
            if run > k:
                ok = False
                break
        cnt += ok
    return cnt


def _alt(n, a, k):
    f = [1] + [0] * n
    for m in range(1, n + 1):
        tot = 0
        for r in range(1, min(k, m) + 1):
            prev = m - r
            tot += a if prev == 0 else f[prev] * (a - 1)
        f[m] = tot % MOD
    return f[n]


def check(candidate):
    assert candidate(3, 2, 1) == 2
    assert candidate(3, 2, 2) == 6
    assert candidate(0, 5, 1) == 1
    assert candidate(1, 7, 1) == 7
    assert candidate(4, 1, 4) == 1
    assert candidate(5, 1, 4) == 0
    assert candidate(4, 3, 10) == 81
    for n in range(0, 7):
        for a in (1, 2, 3):
            for k in (1, 2, 3):
                assert candidate(n, a, k) == _brute(n, a, k)
    assert candidate(50000, 26, 3) == _alt(50000, 26, 3)
    assert candidate(30000, 2, 5) == _alt(30000, 2, 5)
