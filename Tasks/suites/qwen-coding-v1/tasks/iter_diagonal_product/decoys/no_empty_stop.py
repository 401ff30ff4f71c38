from typing import Any, Iterable, Iterator, Tuple


def diagonal_pairs(a: Iterable[Any], b: Iterable[Any]) -> Iterator[Tuple[Any, Any]]:
    ita, itb = iter(a), iter(b)
    xa, xb = [], []
    a_done = b_done = False
    d = 0
    while True:
        if a_done and b_done and d > len(xa) + len(xb) - 2:
            return
        first = max(0, d - len(xb) + 1) if b_done else 0
        for i in range(first, d + 1):
            j = d - i
            if i >= len(xa):
                if a_done:
                    break
                try:
                    xa.append(next(ita))
                except StopIteration:
                    a_done = True
                    break
            if j >= len(xb):
                if b_done:
                    continue
                try:
                    xb.append(next(itb))
                except StopIteration:
                    b_done = True
                    continue
            yield xa[i], xb[j]
        d += 1
