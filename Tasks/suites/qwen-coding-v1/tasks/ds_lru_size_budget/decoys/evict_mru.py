from collections import OrderedDict
from typing import List, Tuple


def simulate_byte_cache(budget: int, requests: List[Tuple[str, int]]) -> List[str]:
    cache = OrderedDict()
    total = 0
    evicted = []
    for key, size in requests:
        if key in cache:
            cache.move_to_end(key)
            continue
        if size > budget:
            continue
        while total + size > budget:
            old, old_size = cache.popitem()
            total -= old_size
            evicted.append(old)
        cache[key] = size
        total += size
    return evicted
