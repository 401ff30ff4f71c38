from typing import Any, Iterable, Iterator, Tuple


def diagonal_pairs(a: Iterable[Any], b: Iterable[Any]) -> Iterator[Tuple[Any, Any]]:
    ita, itb = iter(a), iter(b)
    xa, xb = [], []
    a_done = b_done = False
    d = 0
    while True:
        if a_done and b_done and d > len(xa) + len(xb) - 2:
            return
        first = max(0, d - len(xa) + 1) if a_done else 0
        for j in range(first, d + 1):
            i = d - j
            if j >= len(xb):
                if b_done:
                    break
                try:
                    xb.append(next(itb))
                except StopIteration:
                    b_done = True
                    break
            if i >= len(xa):
                if a_done:
                    continue
                try:
                    xa.append(next(ita))
                except StopIteration:
                    a_done = True
                    continue
            yield xa[i], xb[j]
        if (a_done and not xa) or (b_done and not xb):
            return
        d += 1
