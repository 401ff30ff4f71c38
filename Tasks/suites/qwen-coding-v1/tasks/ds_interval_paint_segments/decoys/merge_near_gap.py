from typing import List, Tuple


def paint_segments(strokes: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    valid = [s for s in strokes if s[0] < s[1]]
    coords = sorted({c for l, r, _ in valid for c in (l, r)})
    out = []
    for i in range(len(coords) - 1):
        lo, hi = coords[i], coords[i + 1]
        c = None
        for l, r, col in valid:
            if l <= lo and hi <= r:
                c = col
        if c is None:
            continue
        if out and out[-1][2] == c and lo - out[-1][1] <= 1:
            out[-1] = (out[-1][0], hi, c)
        else:
            out.append((lo, hi, c))
    return out
