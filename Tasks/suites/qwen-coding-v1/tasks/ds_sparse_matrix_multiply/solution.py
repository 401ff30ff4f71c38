from collections import defaultdict
from typing import Dict, Tuple


def sparse_matmul(a: Dict[Tuple[int, int], int], b: Dict[Tuple[int, int], int]) -> Dict[Tuple[int, int], int]:
    rows_of_b = defaultdict(list)
    for (k, j), v in b.items():
        if v != 0:
            rows_of_b[k].append((j, v))
    acc = defaultdict(int)
    for (i, k), v in a.items():
        if v == 0:
            continue
        for j, w in rows_of_b.get(k, ()):
            acc[(i, j)] += v * w
    return {key: val for key, val in sorted(acc.items()) if val != 0}
