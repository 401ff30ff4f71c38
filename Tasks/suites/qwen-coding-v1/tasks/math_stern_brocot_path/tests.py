def check(candidate):
    assert candidate(3, 5) == "LRL"
    assert candidate(4, 1) == "RRR"
    assert candidate(2, 2) == ""
    assert candidate(1, 1) == ""
    assert candidate(1, 4) == "LLL"
    assert candidate(4, 6) == "LR"
    assert candidate(5, 3) == "RLR"
    assert candidate(7, 12) == "LRLLR"
    assert candidate(22, 7) == "RRRLLLLLL"
    assert candidate(832040, 514229) == "RL" * 14
    assert candidate(1000, 1) == "R" * 999
    assert len(candidate(10**6, 10**6 - 1)) == 10**6 - 1
    try:
        candidate(0, 3)
        assert False, "expected ValueError"
    except ValueError:
        pass
