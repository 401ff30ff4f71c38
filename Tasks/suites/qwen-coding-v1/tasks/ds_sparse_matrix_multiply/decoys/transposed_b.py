from collections import defaultdict
from typing import Dict, Tuple


def sparse_matmul(a: Dict[Tuple[int, int], int], b: Dict[Tuple[int, int], int]) -> Dict[Tuple[int, int], int]:
    cols = defaultdict(list)
    for (j, k), w in b.items():
        cols[k].append((j, w))
    acc = defaultdict(int)
    for (i, k), v in a.items():
        for j, w in cols.get(k, ()):
            acc[(i, j)] += v * w
    return {key: val for key, val in acc.items() if val != 0}
