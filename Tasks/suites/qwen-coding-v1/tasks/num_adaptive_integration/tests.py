import math


def check(candidate):
    assert math.isclose(candidate(lambda x: x * x, 0.0, 3.0), 9.0, rel_tol=1e-10)
    assert math.isclose(candidate(lambda x: x * x, 3.0, 0.0), -9.0, rel_tol=1e-10)
    assert candidate(lambda x: 1.0 / x, 2.0, 2.0) == 0.0
    assert abs(candidate(math.sqrt, 0.0, 1.0) - 2.0 / 3.0) < 1e-8
    assert abs(candidate(lambda x: abs(x - 1.0 / 3.0), 0.0, 1.0) - 5.0 / 18.0) < 1e-9
    assert abs(candidate(lambda x: math.sin(4 * x) ** 2, 0.0, math.pi) - math.pi / 2) < 1e-9
    peak = 100.0 * (math.atan(70.0) + math.atan(30.0))
    assert abs(candidate(lambda x: 1.0 / (1e-4 + (x - 0.3) ** 2), 0.0, 1.0) - peak) < 1e-6
    assert abs(candidate(lambda x: math.exp(-x * x), -5.0, 5.0) - math.sqrt(math.pi) * math.erf(5.0)) < 1e-9
    assert abs(candidate(lambda x: math.cos(x), math.pi, 0.0) - 0.0) < 1e-9
    assert abs(candidate(lambda x: math.exp(x), 1.0, -1.0) + (math.e - 1.0 / math.e)) < 1e-9
