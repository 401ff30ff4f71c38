import random


def _brute(words, p, k):
    cands = [w for w in words if w.startswith(p)]
    cands.sort(key=lambda w: (-words[w], w))
    return cands[:k]


def check(candidate):
    w = {"car": 5, "cart": 3, "care": 5, "dog": 2}
    assert candidate(w, ["car", "ca", "d", "x", ""], 2) == [["car", "care"], ["car", "care"], ["dog"], [], ["car", "care"]]
    assert candidate(w, ["cart", "care"], 3) == [["cart"], ["care"]]
    assert candidate(w, ["c", ""], 0) == [[], []]
    assert candidate({}, ["a", ""], 3) == [[], []]
    assert candidate(w, [], 4) == []
    assert candidate({"b": 1, "a": 1, "c": 1, "ab": 1}, ["", "a"], 10) == [["a", "ab", "b", "c"], ["a", "ab"]]
    assert candidate({"zeta": 9, "zed": 9, "zebra": 10, "z": 1}, ["z", "ze", "zed", "zeds"], 3) == [["zebra", "zed", "zeta"], ["zebra", "zed", "zeta"], ["zed"], []]
    rng = random.Random(31337)
    words = {}
    while len(words) < 15000:
        wd = "".join(rng.choices("abcdefgh", k=rng.randint(3, 9)))
        words[wd] = rng.randint(1, 300)
    queries = ["".join(rng.choices("abcdefgh", k=rng.randint(0, 3))) for _ in range(15000)]
    res = candidate(words, queries, 5)
    assert len(res) == len(queries) and all(len(r) == 5 for r in res)
    sample = rng.sample(range(len(queries)), 15)
    assert all(res[i] == _brute(words, queries[i], 5) for i in sample)
    some = [wd for wd in list(words)[:20]]
    res2 = candidate(words, some, 1)
    assert all(res2[i] == _brute(words, some[i], 1) for i in range(len(some)))
