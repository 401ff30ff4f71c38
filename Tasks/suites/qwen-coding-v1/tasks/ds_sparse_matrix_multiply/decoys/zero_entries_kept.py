from collections import defaultdict
from typing import Dict, Tuple


def sparse_matmul(a: Dict[Tuple[int, int], int], b: Dict[Tuple[int, int], int]) -> Dict[Tuple[int, int], int]:
    rows_of_b = defaultdict(list)
    for (k, j), v in b.items():
        rows_of_b[k].append((j, v))
    acc = {}
    for (i, k), v in a.items():
        for j, w in rows_of_b.get(k, ()):
            if v * w != 0:
                acc[(i, j)] = acc.get((i, j), 0) + v * w
    return acc
