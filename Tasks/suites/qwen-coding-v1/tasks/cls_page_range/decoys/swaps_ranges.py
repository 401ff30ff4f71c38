import re
from typing import Iterator

_ITEM = re.compile(r"([0-9]+)(?:\s*-\s*([0-9]+))?")


class PageSet:
    def __init__(self, spec: str) -> None:
        pages = set()
        for raw in spec.split(","):
            item = raw.strip()
            if not item:
                continue
            m = _ITEM.fullmatch(item)
            if not m:
                raise ValueError(f"bad item {item!r}")
            a = int(m.group(1))
            b = int(m.group(2)) if m.group(2) is not None else a
            if a < 1 or b < 1:
                raise ValueError("pages start at 1")
            if a > b:
                a, b = b, a
            pages.update(range(a, b + 1))
        self._pages = pages

    def __len__(self) -> int:
        return len(self._pages)

    def __contains__(self, page: object) -> bool:
        return page in self._pages

    def __iter__(self) -> Iterator[int]:
        return iter(sorted(self._pages))

    def __str__(self) -> str:
        runs = []
        for p in sorted(self._pages):
            if runs and runs[-1][1] == p - 1:
                runs[-1][1] = p
            else:
                runs.append([p, p])
        return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PageSet):
            return NotImplemented
        return self._pages == other._pages

    def __or__(self, other: "PageSet") -> "PageSet":
        result = PageSet("")
        result._pages = self._pages | other._pages
        return result
