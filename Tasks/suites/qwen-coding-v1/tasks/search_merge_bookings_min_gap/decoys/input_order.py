from typing import List, Tuple


def merge_bookings(bookings: List[Tuple[int, int]], min_gap: int) -> List[Tuple[int, int]]:
    blocks = []
    for s, e in bookings:
        if blocks and (s - blocks[-1][1] < min_gap or s < blocks[-1][1]):
            blocks[-1][0] = min(blocks[-1][0], s)
            blocks[-1][1] = max(blocks[-1][1], e)
        else:
            blocks.append([s, e])
    return sorted(tuple(b) for b in blocks)
