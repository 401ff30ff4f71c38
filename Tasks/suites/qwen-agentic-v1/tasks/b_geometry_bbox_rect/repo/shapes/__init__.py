"""shapes: small 2-D geometry and layout helpers."""

from .geometry import Point, bounding_box, centroid, distance, polygon_area, scale, translate
from .layout import fit_to_viewport, overlaps, stack_horizontally, total_box
from .svg import to_svg

__all__ = ["Point", "bounding_box", "centroid", "distance", "polygon_area", "scale", "translate",
           "fit_to_viewport", "overlaps", "stack_horizontally", "total_box", "to_svg"]
