from typing import List


def solve_linear_system(A: List[List[float]], b: List[float]) -> List[float]:
    """Solve the square linear system A x = b and return x.

    Use Gaussian elimination with partial pivoting (at each step choose the
    row whose entry in the current column has the largest absolute value).
    Treat the matrix as singular, and raise ValueError, when the chosen
    pivot's absolute value is at most 1e-12 times the largest absolute
    entry of the original A (or A is all zeros).  Also raise ValueError if
    A is not square or b has the wrong length.  The inputs must not be
    modified.  An empty system returns [].

    >>> solve_linear_system([[2.0, 1.0], [1.0, 3.0]], [3.0, 5.0])
    [0.8, 1.4]
    >>> solve_linear_system([[0.0, 1.0], [1.0, 0.0]], [2.0, 3.0])
    [3.0, 2.0]
    """
    n = len(A)
    if any(len(row) != n for row in A) or len(b) != n:
        raise ValueError("A must be square and match b")
    if n == 0:
        return []
    scale = max(abs(v) for row in A for v in row)
    if scale == 0:
        raise ValueError("singular matrix")
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(A[r][col]))
        if abs(A[piv][col]) <= 1e-12 * scale:
            raise ValueError("singular matrix")
        A[col], A[piv] = A[piv], A[col]
        b[col], b[piv] = b[piv], b[col]
        for r in range(col + 1, n):
            factor = A[r][col] / A[col][col]
            for c in range(col, n):
                A[r][c] -= factor * A[col][c]
            b[r] -= factor * b[col]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (b[r] - sum(A[r][c] * x[c] for c in range(r + 1, n))) / A[r][r]
    return x
