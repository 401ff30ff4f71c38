from typing import List, Tuple


def simulate_byte_cache(budget: int, requests: List[Tuple[str, int]]) -> List[str]:
    """Simulate a least-recently-used cache whose capacity is a total size budget.

    Each request is ``(key, size)`` with ``size >= 1``; a given key always comes with
    the same size. The cache starts empty and the sum of the sizes of cached keys may
    never exceed ``budget`` (budget >= 0). For each request, in order:

    * if ``key`` is cached, it is a hit: the key becomes the most recently used one;
    * otherwise, if ``size > budget``, the key is not cached and the cache is left
      completely unchanged (nothing is evicted);
    * otherwise, while the cached total plus ``size`` exceeds ``budget``, evict the
      least recently used key; then insert ``key`` as the most recently used one.

    Return the list of evicted keys in the order they were evicted (a key may appear
    several times if it is cached and evicted repeatedly).

    >>> simulate_byte_cache(10, [("a", 4), ("b", 4), ("a", 4), ("c", 4)])
    ['b']
    >>> simulate_byte_cache(5, [("big", 6), ("x", 2), ("big", 6), ("y", 3), ("z", 1)])
    ['x']
    """
