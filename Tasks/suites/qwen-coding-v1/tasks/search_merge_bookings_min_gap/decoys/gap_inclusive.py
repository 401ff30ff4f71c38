from typing import List, Tuple


def merge_bookings(bookings: List[Tuple[int, int]], min_gap: int) -> List[Tuple[int, int]]:
    blocks = []
    for s, e in sorted(bookings):
        if blocks and s - blocks[-1][1] <= min_gap:
            blocks[-1][1] = max(blocks[-1][1], e)
        else:
            blocks.append([s, e])
    return [tuple(b) for b in blocks]
