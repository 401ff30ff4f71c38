import random


def _is_subseq(s, t):
    it = iter(t)
    return all(any(x == y for y in it) for x in s)


def _brute(a, b):
    best = []
    n = len(a)
    for mask in range(1 << n):
        s = [a[i] for i in range(n) if mask >> i & 1]
        if len(s) < len(best):
            continue
        if _is_subseq(s, b):
            if len(s) > len(best) or s < best:
                best = s
    return best


def check(candidate):
    assert candidate(["GET", "POST", "PUT", "GET"], ["POST", "GET", "PUT"]) == ["GET", "PUT"]
    assert candidate(["x", "y"], ["y", "x"]) == ["x"]
    assert candidate(["a"], ["b"]) == []
    assert candidate([], ["a", "b"]) == []
    assert candidate(["q", "q"], ["q", "q", "q"]) == ["q", "q"]
    assert candidate(["b", "a", "c", "a"], ["a", "b", "c", "a"]) == ["a", "c", "a"]
    assert candidate(["z", "a", "b"], ["a", "z", "b"]) == ["a", "b"]
    assert candidate(["c", "b", "a", "b", "c"], ["b", "c", "a", "c", "b"]) == ["b", "a", "b"]
    rng = random.Random(26)
    for _ in range(60):
        a = [rng.choice(["a", "b", "c", "ab"]) for _ in range(rng.randint(0, 9))]
        b = [rng.choice(["a", "b", "c", "ab"]) for _ in range(rng.randint(0, 9))]
        assert candidate(a, b) == _brute(a, b)
    big = [rng.choice(["INFO", "WARN", "ERROR", "DEBUG", "TRACE"]) for _ in range(300)]
    assert candidate(big, big) == big
    assert candidate(big, ["ZZZ"] + big[::2] + ["AAA"]) == big[::2]
