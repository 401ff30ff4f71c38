import math


def check(candidate):
    assert candidate([0.0]) == 0.0
    assert math.isclose(candidate([1000.0, 1000.0]), 1000.0 + math.log(2.0), rel_tol=1e-12)
    assert candidate([]) == -math.inf
    assert math.isclose(candidate([-1000.0, -1000.0, -1000.0]), -1000.0 + math.log(3.0), rel_tol=1e-12)
    assert candidate([-math.inf, -math.inf]) == -math.inf
    assert math.isclose(candidate([-math.inf, 2.0]), 2.0, rel_tol=1e-12)
    assert candidate([1.0, math.inf]) == math.inf
    assert math.isclose(candidate([0.0, math.log(3.0)]), math.log(4.0), rel_tol=1e-12)
    assert math.isclose(candidate([710.0, 0.0]), 710.0, rel_tol=1e-12)
    assert math.isclose(candidate([-800.0, 0.0, 5.0]), 5.0 + math.log1p(math.exp(-5.0)), rel_tol=1e-12)
    assert math.isclose(candidate([-745.0, -746.0, -750.0]), -745.0 + math.log(1 + math.exp(-1) + math.exp(-5)), rel_tol=1e-12)
