import random


def _ref(budget, requests):
    order = []
    sizes = {}
    out = []
    for key, size in requests:
        if key in order:
            order.remove(key)
            order.append(key)
            continue
        if size > budget:
            continue
        while sum(sizes[k] for k in order) + size > budget:
            out.append(order.pop(0))
        order.append(key)
        sizes[key] = size
    return out


def check(candidate):
    assert candidate(10, [("a", 4), ("b", 4), ("a", 4), ("c", 4)]) == ["b"]
    assert candidate(5, [("big", 6), ("x", 2), ("big", 6), ("y", 3), ("z", 1)]) == ["x"]
    assert candidate(10, []) == []
    assert candidate(0, [("a", 1), ("b", 2), ("a", 1)]) == []
    assert candidate(6, [("a", 3), ("b", 3), ("c", 3)]) == ["a"]
    assert candidate(10, [("a", 2), ("b", 3), ("c", 4), ("d", 9)]) == ["a", "b", "c"]
    assert candidate(6, [("a", 2), ("b", 2), ("c", 2), ("a", 2), ("d", 2)]) == ["b"]
    assert candidate(5, [("a", 2), ("b", 2), ("huge", 9), ("c", 1)]) == []
    assert candidate(5, [("k", 5)] * 5) == []
    assert candidate(4, [("a", 2), ("b", 2), ("c", 2), ("a", 2), ("b", 2)]) == ["a", "b", "c"]
    rng = random.Random(2024)
    sizes = {"k%d" % i: rng.randint(1, 7) for i in range(15)}
    for budget in (0, 5, 9, 17, 30):
        reqs = [(k, sizes[k]) for k in (rng.choice(list(sizes)) for _ in range(300))]
        assert candidate(budget, reqs) == _ref(budget, reqs)
