import random


def _brute(words, width):
    n = len(words)
    if n == 0:
        return (0, [])
    best = None
    for mask in range(1 << (n - 1)):
        groups = []
        cur = [words[0]]
        for k in range(1, n):
            if mask >> (k - 1) & 1:
                groups.append(cur)
                cur = [words[k]]
            else:
                cur.append(words[k])
        groups.append(cur)
        lines = [" ".join(g) for g in groups]
        if max(len(l) for l in lines) > width:
            continue
        cost = sum((width - len(l)) ** 2 for l in lines[:-1])
        key = (cost, [-len(g) for g in groups])
        if best is None or key < best[0]:
            best = (key, (cost, lines))
    return best[1]


def check(candidate):
    assert candidate(["aaa", "bb", "cc", "ddddd"], 6) == (10, ["aaa", "bb cc", "ddddd"])
    assert candidate(["a", "a", "a", "ab"], 3) == (4, ["a a", "a", "ab"])
    assert candidate(["hello"], 5) == (0, ["hello"])
    assert candidate([], 10) == (0, [])
    assert candidate(["ab", "ab", "ab"], 2) == (0, ["ab", "ab", "ab"])
    assert candidate(["abc", "ab", "abc", "abc", "abc", "abcd"], 7) == (17, ["abc ab", "abc abc", "abc", "abcd"])
    assert candidate(["abcd", "abcd", "a", "abcd", "abc"], 6) == (8, ["abcd", "abcd a", "abcd", "abc"])
    rng = random.Random(24)
    for _ in range(80):
        width = rng.randint(3, 9)
        ws = ["abcdefgh"[:rng.randint(1, min(width, 5))] for _ in range(rng.randint(0, 10))]
        assert candidate(ws, width) == _brute(ws, width)
    many = ["word"] * 5000
    cost, lines = candidate(many, 13)
    assert cost == 16 * 2499 and lines == ["word word"] * 2500
    cost, lines = candidate(many + ["w"], 13)
    assert cost == 16 * 2499 and lines == ["word word"] * 2499 + ["word word w"]
