from typing import List, Tuple


def merge_bookings(bookings: List[Tuple[int, int]], min_gap: int) -> List[Tuple[int, int]]:
    blocks = []
    for s, e in sorted(bookings):
        if blocks and (s < blocks[-1][1] or s - blocks[-1][1] < min_gap):
            if e > blocks[-1][1]:
                blocks[-1][1] = e
        else:
            blocks.append([s, e])
    return [(s, e) for s, e in blocks]
