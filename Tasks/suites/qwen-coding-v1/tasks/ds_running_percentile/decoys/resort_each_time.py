import math
from typing import List


def running_percentile(values: List[int], p: int) -> List[int]:
    seen = []
    out = []
    for v in values:
        seen.append(v)
        seen.sort()
        rank = math.ceil(p * len(seen) / 100)
        out.append(seen[rank - 1])
    return out
