from typing import List, Tuple


def paint_segments(strokes: List[Tuple[int, int, str]]) -> List[Tuple[int, int, str]]:
    """Compute the final coloring of a fence after a sequence of paint strokes.

    The fence is the integer number line and is initially unpainted. Strokes are
    applied in list order; a stroke ``(l, r, color)`` paints the half-open range
    ``[l, r)`` with ``color``, covering whatever was there before. A stroke with
    ``l >= r`` paints nothing.

    Return the painted parts of the final fence as a list of maximal segments
    ``(l, r, color)`` sorted by ``l``: two pieces are reported as one segment exactly
    when they have the same color and touch (one ends where the other begins).
    Unpainted gaps are not reported.

    >>> paint_segments([(0, 10, "red"), (3, 5, "blue")])
    [(0, 3, 'red'), (3, 5, 'blue'), (5, 10, 'red')]
    >>> paint_segments([(0, 4, "red"), (4, 8, "red"), (10, 12, "red"), (2, 3, "blue"), (2, 3, "red")])
    [(0, 8, 'red'), (10, 12, 'red')]
    """
