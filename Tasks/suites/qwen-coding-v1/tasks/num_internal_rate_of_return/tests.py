import math


def _npv(r, cfs):
    return sum(c / (1 + r) ** t for t, c in enumerate(cfs))


def check(candidate):
    assert abs(candidate([-100.0, 110.0]) - 0.1) < 1e-9
    assert abs(candidate([-100.0, 0.0, 121.0]) - 0.1) < 1e-9
    assert candidate([-100.0, -50.0]) is None
    assert abs(candidate([100.0, -110.0]) - 0.1) < 1e-9
    assert abs(candidate([-100.0, 50.0]) - (-0.5)) < 1e-9
    assert abs(candidate([-100.0, 15.0]) - (-0.85)) < 1e-9
    assert abs(candidate([-100.0, 300.0]) - 2.0) < 1e-9
    assert candidate([-100.0, 0.5]) is None
    assert candidate([-100.0, 1200.0]) is None
    assert abs(candidate([-1000.0, 300.0, 400.0, 500.0]) - 0.0889633946933499) < 1e-9
    long_flows = [-1.0] + [0.0] * 298 + [1e6]
    assert abs(candidate(long_flows) - (1e6 ** (1.0 / 299) - 1.0)) < 1e-9
    mortgage = [-200000.0] + [1073.64324602] * 360
    assert abs(candidate(mortgage) - 0.05 / 12) < 1e-9
    assert abs(candidate([-50.0] * 12 + [40.0] * 200) - 0.0501995147023057) < 1e-9
