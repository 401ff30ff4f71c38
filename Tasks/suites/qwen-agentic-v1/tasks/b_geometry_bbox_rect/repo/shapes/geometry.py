"""Basic 2-D geometry on points given as ``Point`` or plain ``(x, y)`` pairs."""

import math
from typing import NamedTuple


class Point(NamedTuple):
    x: float
    y: float

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __sub__(self, other):
        return Point(self.x - other[0], self.y - other[1])

    def scaled(self, factor):
        return Point(self.x * factor, self.y * factor)


def as_point(p):
    if isinstance(p, Point):
        return p
    x, y = p
    return Point(float(x), float(y))


def distance(a, b):
    a, b = as_point(a), as_point(b)
    return math.hypot(a.x - b.x, a.y - b.y)


def bounding_box(points):
    """Smallest axis-aligned box holding every point: ``(min_x, min_y, max_x, max_y)``."""
    min_x = min_y = math.inf
    max_x = max_y = -math.inf
    for p in points:
        x, y = as_point(p)
        min_x, min_y = min(min_x, x), min(min_y, y)
        max_x, max_y = max(max_x, x), max(max_y, y)
    return (min_x, min_y, max_x, max_y)


def polygon_area(points):
    """Signed area (shoelace formula); positive for counter-clockwise polygons."""
    pts = [as_point(p) for p in points]
    total = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        total += x1 * y2 - x2 * y1
    return total / 2.0


def centroid(points):
    """Centroid of a simple polygon (falls back to the vertex mean when degenerate)."""
    pts = [as_point(p) for p in points]
    area = polygon_area(pts)
    if abs(area) < 1e-12:
        return Point(sum(p.x for p in pts) / len(pts), sum(p.y for p in pts) / len(pts))
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return Point(cx / (6 * area), cy / (6 * area))


def translate(points, dx, dy):
    return [as_point(p) + (dx, dy) for p in points]


def scale(points, factor, origin=(0.0, 0.0)):
    o = as_point(origin)
    return [o + (as_point(p) - o).scaled(factor) for p in points]
