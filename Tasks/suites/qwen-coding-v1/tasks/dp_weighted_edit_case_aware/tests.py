import random
from functools import lru_cache


def _ref(s, t, ins, dele, sub, case_sub):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(s):
            return (len(t) - j) * ins
        if j == len(t):
            return (len(s) - i) * dele
        if s[i] == t[j]:
            r = go(i + 1, j + 1)
        elif s[i].lower() == t[j].lower() and s[i].isalpha():
            r = case_sub + go(i + 1, j + 1)
        else:
            r = sub + go(i + 1, j + 1)
        return min(r, dele + go(i + 1, j), ins + go(i, j + 1))
    return go(0, 0)


def check(candidate):
    assert candidate("Cat", "cart", 1, 1, 3, 1) == 2
    assert candidate("abc", "", 2, 5, 1, 1) == 15
    assert candidate("", "ab", 2, 5, 1, 1) == 4
    assert candidate("a", "b", 1, 1, 5, 1) == 2
    assert candidate("", "", 3, 3, 3, 3) == 0
    assert candidate("a", "A", 10, 10, 1, 5) == 5
    assert candidate("HELLO", "hello", 4, 4, 4, 0) == 0
    assert candidate("HELLO", "hello", 4, 4, 4, 1) == 5
    assert candidate("1", "!", 9, 9, 2, 0) == 2
    assert candidate("abcd", "bcda", 1, 7, 10, 10) == 8
    rng = random.Random(18)
    for _ in range(60):
        s = "".join(rng.choice("aAbB1") for _ in range(rng.randint(0, 7)))
        t = "".join(rng.choice("aAbB1") for _ in range(rng.randint(0, 7)))
        costs = [rng.randint(0, 6) for _ in range(4)]
        assert candidate(s, t, *costs) == _ref(s, t, *costs)
