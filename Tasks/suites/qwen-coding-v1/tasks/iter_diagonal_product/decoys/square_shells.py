from typing import Any, Iterable, Iterator, Tuple


def diagonal_pairs(a: Iterable[Any], b: Iterable[Any]) -> Iterator[Tuple[Any, Any]]:
    ita, itb = iter(a), iter(b)
    xa, xb = [], []
    a_done = b_done = False
    k = 0
    while True:
        if not a_done:
            try:
                xa.append(next(ita))
            except StopIteration:
                a_done = True
        if not b_done:
            try:
                xb.append(next(itb))
            except StopIteration:
                b_done = True
        if not xa or not xb:
            return
        if k >= len(xa) and k >= len(xb):
            return
        for i in range(min(k, len(xa) - 1) + 1):
            for j in range(min(k, len(xb) - 1) + 1):
                if max(i, j) == k:
                    yield xa[i], xb[j]
        k += 1
