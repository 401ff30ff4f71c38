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
