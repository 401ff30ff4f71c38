import functools
import re
from typing import Tuple

_PATTERN = re.compile(r"[vV]?([0-9]+(?:\.[0-9]+)*)")


@functools.total_ordering
class Version:
    def __init__(self, text: str) -> None:
        m = _PATTERN.fullmatch(text.strip())
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        self._parts = tuple(int(p) for p in m.group(1).split("."))

    @property
    def parts(self) -> Tuple[int, ...]:
        return self._parts

    def _key(self):
        parts = list(self._parts)
        while parts and parts[-1] == 0:
            parts.pop()
        return tuple(parts)

    def bump(self, index: int) -> "Version":
        if index < 0:
            raise ValueError("index must be >= 0")
        parts = list(self._parts)
        while len(parts) < index + 1:
            parts.append(0)
        parts[index] += 1
        return Version(".".join(map(str, parts)))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        return ".".join(map(str, self._parts))

    def __repr__(self):
        return f"Version('{self}')"
