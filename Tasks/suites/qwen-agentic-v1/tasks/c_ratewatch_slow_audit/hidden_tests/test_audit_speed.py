import random
import unittest

from ratewatch.audit import audit, peak_counts, window_counts


def reference_counts(requests, window):
    """Straightforward definition, fine for small inputs."""
    order = sorted(range(len(requests)), key=lambda i: (requests[i][0], i))
    position = {i: p for p, i in enumerate(order)}
    counts = []
    for i, (t, client) in enumerate(requests):
        counts.append(sum(1 for j, (u, c) in enumerate(requests)
                          if c == client and position[j] <= position[i] and u > t - window))
    return counts


class CorrectnessTests(unittest.TestCase):
    def test_window_edges_and_ties(self):
        reqs = [(0, "a"), (1, "a"), (2, "a"), (2, "a"), (3, "a"), (5, "a"), (5, "b"), (6, "a")]
        self.assertEqual(window_counts(reqs, 2), [1, 2, 2, 3, 3, 1, 1, 2])

    def test_unsorted_input(self):
        reqs = [(4.0, "a"), (0.5, "b"), (1.0, "a"), (3.0, "a"), (1.0, "a"), (0.9, "b")]
        self.assertEqual(window_counts(reqs, 3), [2, 1, 1, 3, 2, 2])
        violations = audit(reqs, 3, 1)
        self.assertEqual([(v.index, v.timestamp, v.count) for v in violations],
                         [(5, 0.9, 2), (4, 1.0, 2), (3, 3.0, 3), (0, 4.0, 2)])

    def test_matches_reference(self):
        rng = random.Random(7)
        for _ in range(4):
            reqs = [(round(rng.uniform(0, 60), 1), rng.choice("abcd")) for _ in range(200)]
            window = rng.choice([0.5, 2.0, 7.5, 30.0])
            self.assertEqual(window_counts(reqs, window), reference_counts(reqs, window))


class LargeInputTests(unittest.TestCase):
    def test_one_busy_client(self):
        n = 60_000
        reqs = [(i * 0.01, "scraper") for i in range(n)]
        violations = audit(reqs, 100_000.0, 40_000)
        self.assertEqual(len(violations), 20_000)
        self.assertEqual((violations[0].index, violations[0].count), (40_000, 40_001))
        self.assertEqual(violations[-1].count, n)
        self.assertEqual(peak_counts(reqs, 100_000.0), {"scraper": n})

    def test_many_clients(self):
        n = 60_000
        reqs = [(i / 1024, f"k{i % 64}") for i in range(n)]
        counts = window_counts(reqs, 1.0)
        self.assertEqual(counts[:3], [1, 1, 1])
        self.assertEqual(max(counts), 16)
        self.assertEqual(audit(reqs, 1.0, 16), [])
        self.assertEqual(len(audit(reqs, 1.0, 15)), n - 15 * 64)


if __name__ == "__main__":
    unittest.main()
