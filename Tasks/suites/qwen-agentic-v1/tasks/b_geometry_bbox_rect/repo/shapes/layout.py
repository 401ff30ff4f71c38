"""Placing shapes (lists of points) relative to each other and to a viewport."""

from .geometry import bounding_box, scale, translate


def overlaps(shape_a, shape_b):
    """True when the bounding boxes of two shapes touch or overlap."""
    ax0, ay0, ax1, ay1 = bounding_box(shape_a)
    bx0, by0, bx1, by1 = bounding_box(shape_b)
    return ax0 <= bx1 and bx0 <= ax1 and ay0 <= by1 and by0 <= ay1


def total_box(shapes):
    """Bounding box of several shapes together."""
    return bounding_box([p for shape in shapes for p in shape])


def fit_to_viewport(shapes, width, height, margin=0.0):
    """Scale (keeping proportions) and move ``shapes`` into a ``width`` x ``height`` viewport.

    The drawing is centred; ``margin`` is kept free on every side.
    """
    box = total_box(shapes)
    box_w = box[2] - box[0]
    box_h = box[3] - box[1]
    avail_w, avail_h = width - 2 * margin, height - 2 * margin
    if avail_w <= 0 or avail_h <= 0:
        raise ValueError("margin leaves no room in the viewport")
    factors = [f for f in (avail_w / box_w if box_w else None, avail_h / box_h if box_h else None) if f]
    factor = min(factors) if factors else 1.0
    out = []
    for shape in shapes:
        moved = translate(shape, -box[0], -box[1])
        out.append(scale(moved, factor))
    used_w, used_h = box_w * factor, box_h * factor
    dx = margin + (avail_w - used_w) / 2
    dy = margin + (avail_h - used_h) / 2
    return [translate(shape, dx, dy) for shape in out]


def stack_horizontally(shapes, gap=0.0):
    """Place shapes left to right, bottoms aligned, ``gap`` apart."""
    out = []
    cursor = 0.0
    for shape in shapes:
        x0, y0, x1, _y1 = bounding_box(shape)
        out.append(translate(shape, cursor - x0, -y0))
        cursor += (x1 - x0) + gap
    return out
