from collections import defaultdict
from typing import Dict, Tuple


def sparse_matmul(a: Dict[Tuple[int, int], int], b: Dict[Tuple[int, int], int]) -> Dict[Tuple[int, int], int]:
    acc = defaultdict(int)
    for (i, k), v in a.items():
        if v == 0:
            continue
        for (k2, j), w in b.items():
            if k2 == k and w != 0:
                acc[(i, j)] += v * w
    return dict(acc)
