"""Minimal SVG output for lists of polygons."""

from .layout import total_box


def _fmt(v):
    text = ("%.3f" % v).rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def polygon_element(shape, fill="none", stroke="black"):
    pts = " ".join("%s,%s" % (_fmt(x), _fmt(y)) for x, y in shape)
    return '<polygon points="%s" fill="%s" stroke="%s"/>' % (pts, fill, stroke)


def to_svg(shapes, padding=1.0):
    """An SVG document whose viewBox holds every shape plus ``padding`` around it."""
    x0, y0, x1, y1 = total_box(shapes)
    view = (x0 - padding, y0 - padding, (x1 - x0) + 2 * padding, (y1 - y0) + 2 * padding)
    body = "\n".join("  " + polygon_element(s) for s in shapes)
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="%s">\n%s\n</svg>'
            % (" ".join(_fmt(v) for v in view), body))
