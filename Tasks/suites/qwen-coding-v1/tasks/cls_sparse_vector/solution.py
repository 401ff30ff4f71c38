from typing import Dict, Iterator, Optional


class SparseVector:
    __hash__ = None

    def __init__(self, dim: int, entries: Optional[Dict[int, float]] = None) -> None:
        if not isinstance(dim, int) or dim < 0:
            raise ValueError("dim must be an int >= 0")
        self._dim = dim
        self._data = {}
        for i, v in (entries or {}).items():
            if not 0 <= i < dim:
                raise IndexError(f"index {i} out of range")
            if v != 0:
                self._data[i] = v

    def _index(self, i):
        if i < 0:
            i += self._dim
        if not 0 <= i < self._dim:
            raise IndexError("index out of range")
        return i

    def __len__(self) -> int:
        return self._dim

    def __getitem__(self, i: int) -> float:
        return self._data.get(self._index(i), 0)

    def __setitem__(self, i: int, value: float) -> None:
        i = self._index(i)
        if value == 0:
            self._data.pop(i, None)
        else:
            self._data[i] = value

    def __iter__(self) -> Iterator[float]:
        for i in range(self._dim):
            yield self._data.get(i, 0)

    def nnz(self) -> int:
        return len(self._data)

    def _same_dim(self, other):
        if not isinstance(other, SparseVector):
            return False
        if other._dim != self._dim:
            raise ValueError("dimension mismatch")
        return True

    def _combine(self, other, sign):
        result = SparseVector(self._dim, self._data)
        for i, v in other._data.items():
            result[i] = result._data.get(i, 0) + sign * v
        return result

    def __add__(self, other):
        if not self._same_dim(other):
            return NotImplemented
        return self._combine(other, 1)

    def __sub__(self, other):
        if not self._same_dim(other):
            return NotImplemented
        return self._combine(other, -1)

    def __mul__(self, k):
        if isinstance(k, SparseVector):
            return NotImplemented
        return SparseVector(self._dim, {i: v * k for i, v in self._data.items()})

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not self._same_dim(other):
            return NotImplemented
        small, big = sorted((self._data, other._data), key=len)
        return sum(v * big[i] for i, v in small.items() if i in big)

    def __eq__(self, other):
        if not isinstance(other, SparseVector):
            return NotImplemented
        return self._dim == other._dim and self._data == other._data

    def __repr__(self):
        body = ", ".join(f"{i}: {self._data[i]!r}" for i in sorted(self._data))
        return f"SparseVector({self._dim}, {{{body}}})"
