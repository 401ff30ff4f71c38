import random


def check(candidate):
    assert candidate(["1.10", "1.9", "1.2.3", "1.2"]) == ["1.2", "1.2.3", "1.9", "1.10"]
    assert candidate(["2.0.0", "2", "1.02", "1.2"]) == ["1.02", "1.2", "2.0.0", "2"]
    assert candidate([]) == []
    assert candidate(["0"]) == ["0"]
    assert candidate(["1.0", "1"]) == ["1.0", "1"]
    assert candidate(["1", "1.0"]) == ["1", "1.0"]
    assert candidate(["0.0.1", "0", "0.0.0.0", "0.1"]) == ["0", "0.0.0.0", "0.0.1", "0.1"]
    assert candidate(["10.0", "9.99.99", "10", "1.100"]) == ["1.100", "9.99.99", "10.0", "10"]
    assert candidate(["3.1.4", "3.1.04", "3.01.4.0"]) == ["3.1.4", "3.1.04", "3.01.4.0"]
    assert candidate(["1.2.10", "1.2.9", "1.2.9.1", "1.2.09"]) == ["1.2.9", "1.2.09", "1.2.9.1", "1.2.10"]
    rng = random.Random(4)
    vs = [".".join(str(rng.randint(0, 12)) for _ in range(rng.randint(1, 4))) for _ in range(300)]

    def k(v):
        p = [int(x) for x in v.split(".")]
        return p + [0] * (4 - len(p))
    assert candidate(vs) == sorted(vs, key=k)
