from typing import Dict, Tuple


def sparse_matmul(a: Dict[Tuple[int, int], int], b: Dict[Tuple[int, int], int]) -> Dict[Tuple[int, int], int]:
    """Multiply two integer matrices stored in dictionary-of-keys form.

    A matrix is a dict mapping ``(row, col)`` (non-negative ints) to its value; any
    position not present has value 0. Inputs may also contain explicit zero
    values, which behave exactly like missing entries.

    Return the product ``C = A x B`` in the same form, where
    ``C[(i, j)] = sum over k of A[(i, k)] * B[(k, j)]``. The result must contain
    exactly the positions whose value is non-zero (positions whose sum cancels to 0
    must be left out). Inputs must not be modified.

    >>> sparse_matmul({(0, 0): 2, (0, 1): 3}, {(0, 0): 1, (1, 0): 4, (1, 2): 5})
    {(0, 0): 14, (0, 2): 15}
    >>> sparse_matmul({(0, 0): 1, (0, 1): 1}, {(0, 3): 2, (1, 3): -2})
    {}
    """
