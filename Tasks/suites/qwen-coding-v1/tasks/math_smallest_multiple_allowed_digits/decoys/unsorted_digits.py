from collections import deque
from typing import Optional


def smallest_multiple_with_digits(n: int, digits: str) -> Optional[int]:
    """Return the smallest positive multiple of n whose decimal
    representation uses only characters from `digits`.

    n is a positive integer up to 10**5.  `digits` is a string of distinct
    decimal digit characters in any order (for example "81" or "01").  The
    answer has no leading zeros and may be far larger than 64 bits.  Return
    None if no such multiple exists (for example n = 10 with digits "123",
    or digits == "0").

    >>> smallest_multiple_with_digits(7, "01")
    1001
    >>> smallest_multiple_with_digits(12, "83")
    888
    >>> smallest_multiple_with_digits(10, "123") is None
    True
    """
    ds = []
    for c in digits:
        if int(c) not in ds:
            ds.append(int(c))
    parent = {}
    queue = deque()
    for d in ds:
        if d == 0:
            continue
        r = d % n
        if r not in parent:
            parent[r] = (None, d)
            queue.append(r)
    while queue:
        r = queue.popleft()
        if r == 0:
            out = []
            while r is not None:
                prev, d = parent[r]
                out.append(str(d))
                r = prev
            return int("".join(reversed(out)))
        for d in ds:
            nr = (r * 10 + d) % n
            if nr not in parent:
                parent[nr] = (r, d)
                queue.append(nr)
    return None
