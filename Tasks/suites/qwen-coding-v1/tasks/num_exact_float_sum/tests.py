def check(candidate):
    assert candidate([1e16, 1.0, -1e16]) == 1.0
    assert candidate([0.1] * 10) == 1.0
    assert candidate([]) == 0.0
    assert candidate([2.5]) == 2.5
    assert candidate([1e100, 1.0, -1e100, 1e-100]) == 1.0
    assert candidate([1.0, 1e100, 1.0, -1e100]) == 2.0
    assert candidate([3.0, 1e16, -1e16, 1e-3]) == 3.001
    assert candidate([1.0] + [1e-16] * 6) == 1.0000000000000007
    assert candidate([-7.925402371207691e+18, -5.571943800028759e-16, -6.341099127674942e-21, -7.625247976134298e+18, -2.7865607675970205e-19, 8.600037617533532e-20]) == -1.555065034734199e+19
    assert candidate([0.1 * k for k in range(1, 1001)] + [-0.1 * k for k in range(1, 1001)]) == 0.0
