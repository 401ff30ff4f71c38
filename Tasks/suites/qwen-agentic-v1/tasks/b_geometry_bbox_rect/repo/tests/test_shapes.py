import unittest

from shapes import (Point, centroid, distance, fit_to_viewport, overlaps, polygon_area,
                    stack_horizontally, to_svg)

SQUARE = [(0, 0), (2, 0), (2, 2), (0, 2)]
TRIANGLE = [(5, 1), (8, 1), (5, 5)]


class GeometryTests(unittest.TestCase):
    def test_area_and_centroid(self):
        self.assertEqual(polygon_area(SQUARE), 4.0)
        self.assertEqual(centroid(SQUARE), Point(1.0, 1.0))
        self.assertAlmostEqual(distance((0, 0), (3, 4)), 5.0)


class LayoutTests(unittest.TestCase):
    def test_overlaps(self):
        self.assertFalse(overlaps(SQUARE, TRIANGLE))
        self.assertTrue(overlaps(SQUARE, [(1, 1), (3, 1), (3, 3)]))

    def test_fit_to_viewport_keeps_shapes_inside(self):
        placed = fit_to_viewport([SQUARE, TRIANGLE], 100, 50, margin=5)
        xs = [p.x for s in placed for p in s]
        ys = [p.y for s in placed for p in s]
        self.assertGreaterEqual(min(xs), 5 - 1e-9)
        self.assertLessEqual(max(xs), 95 + 1e-9)
        self.assertGreaterEqual(min(ys), 5 - 1e-9)
        self.assertLessEqual(max(ys), 45 + 1e-9)

    def test_stack(self):
        a, b = stack_horizontally([SQUARE, TRIANGLE], gap=1)
        self.assertEqual(min(p.x for p in b), 3.0)
        self.assertEqual(min(p.y for p in b), 0.0)


class SvgTests(unittest.TestCase):
    def test_svg_contains_polygons(self):
        svg = to_svg([SQUARE])
        self.assertIn('points="0,0 2,0 2,2 0,2"', svg)
        self.assertTrue(svg.startswith("<svg"))


if __name__ == "__main__":
    unittest.main()
