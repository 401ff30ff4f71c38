from typing import Dict, Iterator, Optional


class SparseVector:
    """A fixed-dimension numeric vector that stores only its non-zero entries.

    - ``SparseVector(dim, entries=None)``: ``dim`` is an int >= 0; ``entries`` maps
      index -> number. Every index must satisfy 0 <= index < dim, else IndexError.
      Zero values are not stored.
    - ``len(v) == dim``. ``v[i]`` returns the value (0 for an unstored index);
      negative ``i`` counts from the end as for lists; out-of-range ``i`` raises
      IndexError. ``v[i] = x`` follows the same index rules; assigning 0 removes
      the stored entry.
    - Iterating yields all ``dim`` values in index order (zeros included).
    - ``nnz()``: number of stored (non-zero) entries.
    - ``v + w`` and ``v - w``: element-wise; ``v @ w``: dot product. The dimensions
      must match, else ValueError. Entries that become 0 are not stored.
    - ``v * k`` and ``k * v``: multiply by a scalar number k.
    - ``v == w`` is True when w is a SparseVector with the same dim and the same
      values. Vectors are mutable, so they are not hashable.
    - ``repr(v)``: ``'SparseVector(5, {1: 2, 3: -1})'`` with entries sorted by index.

    >>> v = SparseVector(4, {0: 1, 3: 2})
    >>> list(v), v[-1], v.nnz()
    ([1, 0, 0, 2], 2, 2)
    >>> w = SparseVector(4, {3: -2, 1: 5})
    >>> v + w, v @ w
    (SparseVector(4, {0: 1, 1: 5}), -4)
    """

    def __init__(self, dim: int, entries: Optional[Dict[int, float]] = None) -> None:
        """Create a vector of length dim with the given non-zero entries."""

    def __len__(self) -> int:
        """The dimension."""

    def __getitem__(self, i: int) -> float:
        """Value at index i (negative indexes allowed)."""

    def __setitem__(self, i: int, value: float) -> None:
        """Set the value at index i."""

    def __iter__(self) -> Iterator[float]:
        """All values in index order."""

    def nnz(self) -> int:
        """Number of stored non-zero entries."""

    def __add__(self, other: "SparseVector") -> "SparseVector":
        """Element-wise sum."""

    def __sub__(self, other: "SparseVector") -> "SparseVector":
        """Element-wise difference."""

    def __mul__(self, k: float) -> "SparseVector":
        """Scalar multiple."""

    def __rmul__(self, k: float) -> "SparseVector":
        """Scalar multiple (k * v)."""

    def __matmul__(self, other: "SparseVector") -> float:
        """Dot product."""

    def __eq__(self, other: object) -> bool:
        """Same dim and values."""

    def __repr__(self) -> str:
        """SparseVector(dim, {index: value, ...})."""
