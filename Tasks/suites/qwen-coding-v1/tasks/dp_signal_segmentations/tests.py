import random

MOD = 1_000_000_007


def _brute(s, codes):
    if not s:
        return 1
    return sum(_brute(s[len(c):], codes) for c in codes if s.startswith(c))


def check(candidate):
    assert candidate("1011", ["1", "0", "10", "11"]) == 4
    assert candidate("abc", ["ab", "bc"]) == 0
    assert candidate("", ["x"]) == 1
    assert candidate("aaaa", ["a", "aa"]) == 5
    assert candidate("abab", ["ab", "a", "b", "abab", "ba"]) == 6
    assert candidate("xyz", ["xyz", "x", "yz"]) == 2
    rng = random.Random(20)
    for _ in range(40):
        codes = list({"".join(rng.choice("01") for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))})
        s = "".join(rng.choice("01") for _ in range(rng.randint(0, 12)))
        assert candidate(s, codes) == _brute(s, codes)
    n = 60000
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, (a + b) % MOD
    assert candidate("1" * n, ["1", "11"]) == b
    t = [1, 1, 2]
    for _ in range(3, 60001):
        t.append((t[-1] + t[-2] + t[-3]) % MOD)
    assert candidate("7" * 60000, ["7", "77", "777", "8"]) == t[60000]
    assert candidate("7" * 59999 + "9", ["7", "77", "777"]) == 0
