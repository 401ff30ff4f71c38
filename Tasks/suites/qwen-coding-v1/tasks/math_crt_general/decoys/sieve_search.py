import math
from typing import List, Optional, Tuple


def solve_congruences(residues: List[int], moduli: List[int]) -> Optional[Tuple[int, int]]:
    """Solve the system x = residues[i] (mod moduli[i]) for all i.

    The moduli are positive integers that need NOT be pairwise coprime and
    may be very large; residues may be any integers (including negative or
    larger than their modulus).  If the system is consistent return (x, L)
    where L is the least common multiple of all the moduli and x is the
    unique solution with 0 <= x < L.  If it is inconsistent return None.
    An empty system returns (0, 1).  Raise ValueError if the two lists have
    different lengths or a modulus is not positive.

    >>> solve_congruences([2, 3, 2], [3, 5, 7])
    (23, 105)
    >>> solve_congruences([1, 3], [4, 6])
    (9, 12)
    >>> solve_congruences([1, 2], [4, 6]) is None
    True
    """
    if len(residues) != len(moduli):
        raise ValueError("length mismatch")
    x, L = 0, 1
    for r, m in zip(residues, moduli):
        if m <= 0:
            raise ValueError("moduli must be positive")
        new_L = L * m // math.gcd(L, m)
        while x < new_L and x % m != r % m:
            x += L
        if x >= new_L:
            return None
        L = new_L
    return (x, L)
