import unittest

from shapes import Point, Rect, bounding_box, fit_to_viewport, overlaps, stack_horizontally, to_svg, total_box

SQUARE = [(0, 0), (2, 0), (2, 2), (0, 2)]
TRIANGLE = [(5, 1), (8, 1), (5, 5)]


class RectTests(unittest.TestCase):
    def test_bounding_box_is_a_rect(self):
        box = bounding_box([(3, -1), Point(-2, 4), (0.5, 2)])
        self.assertIsInstance(box, Rect)
        self.assertEqual((box.min_x, box.min_y, box.max_x, box.max_y), (-2, -1, 3, 4))
        self.assertEqual((box.width, box.height), (5, 5))
        self.assertEqual(box.center, Point(0.5, 1.5))

    def test_contains_includes_edges(self):
        box = bounding_box(SQUARE)
        self.assertTrue(box.contains((2, 1)))
        self.assertTrue(box.contains(Point(1, 1)))
        self.assertFalse(box.contains((2.01, 1)))

    def test_intersects_and_union(self):
        a = bounding_box(SQUARE)
        touching = bounding_box([(2, 2), (4, 3)])
        apart = bounding_box(TRIANGLE)
        self.assertTrue(a.intersects(touching))
        self.assertTrue(touching.intersects(a))
        self.assertFalse(a.intersects(apart))
        u = a.union(apart)
        self.assertEqual((u.min_x, u.min_y, u.max_x, u.max_y), (0, 0, 8, 5))

    def test_empty_input_is_an_error(self):
        with self.assertRaises(ValueError):
            bounding_box([])

    def test_total_box(self):
        box = total_box([SQUARE, TRIANGLE])
        self.assertEqual((box.min_x, box.min_y, box.max_x, box.max_y), (0, 0, 8, 5))


class CallersTests(unittest.TestCase):
    def test_overlaps_counts_touching(self):
        self.assertTrue(overlaps(SQUARE, [(2, 2), (4, 3), (4, 2)]))
        self.assertFalse(overlaps(SQUARE, TRIANGLE))

    def test_fit_to_viewport(self):
        placed = fit_to_viewport([SQUARE, TRIANGLE], 100, 60, margin=5)
        box = total_box(placed)
        self.assertAlmostEqual(box.min_x, 10.0)
        self.assertAlmostEqual(box.max_x, 90.0)
        self.assertAlmostEqual(box.min_y, 5.0)
        self.assertAlmostEqual(box.max_y, 55.0)

    def test_stack(self):
        a, b = stack_horizontally([TRIANGLE, SQUARE], gap=0.5)
        self.assertEqual(sorted(set(p.x for p in b)), [3.5, 5.5])
        self.assertEqual(min(p.y for p in a), 0.0)

    def test_svg_viewbox(self):
        svg = to_svg([SQUARE, TRIANGLE], padding=1)
        self.assertIn('viewBox="-1 -1 10 7"', svg)


if __name__ == "__main__":
    unittest.main()
