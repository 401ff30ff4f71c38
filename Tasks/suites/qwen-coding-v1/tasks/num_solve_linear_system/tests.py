import math


def _close_vec(got, exp, rel=1e-9, abs_=1e-9):
    return len(got) == len(exp) and all(math.isclose(g, e, rel_tol=rel, abs_tol=abs_) for g, e in zip(got, exp))


def check(candidate):
    assert _close_vec(candidate([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0]), [0.8, 1.4])
    assert _close_vec(candidate([[0.0, 1.0], [1.0, 0.0]], [2.0, 3.0]), [3.0, 2.0])
    assert candidate([], []) == []
    assert _close_vec(candidate([[1e-20, 1.0], [1.0, 1.0]], [1.0, 2.0]), [1.0, 1.0])
    A = [[0.0, 2.0, 1.0], [1.0, -2.0, -3.0], [-1.0, 1.0, 2.0]]
    b = [-8.0, 0.0, 3.0]
    A_copy = [row[:] for row in A]
    b_copy = b[:]
    assert _close_vec(candidate(A, b), [-4.0, -5.0, 2.0])
    assert A == A_copy and b == b_copy
    n = 12
    H = [[1.0 / (i + j + 1) for j in range(n // 2)] for i in range(n // 2)]
    xs = [1.0] * (n // 2)
    hb = [sum(row) for row in H]
    assert _close_vec(candidate(H, hb), xs, rel=1e-6, abs_=1e-6)
    big = [[float((i * 7 + j * 3) % 11) + (10.0 if i == j else 0.0) for j in range(40)] for i in range(40)]
    target = [float(k % 5) - 2.0 for k in range(40)]
    rhs = [sum(big[i][j] * target[j] for j in range(40)) for i in range(40)]
    assert _close_vec(candidate(big, rhs), target, rel=1e-8, abs_=1e-8)
    for badA, badb in (([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0]),
                       ([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]], [1.0, 2.0, 3.0]),
                       ([[0.0, 0.0], [0.0, 0.0]], [0.0, 0.0]),
                       ([[1.0, 2.0]], [1.0]),
                       ([[1.0, 0.0], [0.0, 1.0]], [1.0])):
        try:
            candidate(badA, badb)
            assert False, "expected ValueError"
        except ValueError:
            pass
