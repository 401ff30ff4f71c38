from typing import List, Tuple


def paint_segments(strokes: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    cells = {}
    for l, r, c in strokes:
        for x in range(l, r + 1):
            cells[x] = c
    out = []
    for x in sorted(cells):
        c = cells[x]
        if out and out[-1][2] == c and out[-1][1] == x:
            out[-1] = (out[-1][0], x + 1, c)
        else:
            out.append((x, x + 1, c))
    return out
