import unittest

from memo import LRUCache, ManualClock, cached


class CacheStatsTests(unittest.TestCase):
    def test_hits_misses_ratio(self):
        c = LRUCache(4)
        s = c.stats()
        self.assertEqual((s.hits, s.misses, s.evictions, s.expirations, s.size), (0, 0, 0, 0, 0))
        self.assertEqual(s.hit_ratio, 0.0)
        c["a"] = 1
        c.get("a")
        c["a"]
        c.get("b")
        with self.assertRaises(KeyError):
            c["zz"]
        s = c.stats()
        self.assertEqual((s.hits, s.misses, s.size), (2, 2, 1))
        self.assertAlmostEqual(s.hit_ratio, 0.5)

    def test_non_lookups_do_not_count(self):
        c = LRUCache(4)
        c["a"] = 1
        "a" in c
        "b" in c
        c.peek("a")
        c.keys()
        len(c)
        s = c.stats()
        self.assertEqual((s.hits, s.misses), (0, 0))

    def test_snapshot_is_frozen(self):
        c = LRUCache(4)
        before = c.stats()
        c["a"] = 1
        c.get("a")
        self.assertEqual((before.hits, before.size), (0, 0))

    def test_evictions(self):
        c = LRUCache(2)
        c["a"] = 1
        c["b"] = 2
        c["b"] = 20          # overwrite, not an eviction
        c.get("a")
        c["c"] = 3           # evicts b (least recently used)
        self.assertEqual(c.keys(), ["a", "c"])
        c["d"] = 4           # evicts a
        c.delete("c")
        self.assertEqual(c.keys(), ["d"])
        s = c.stats()
        self.assertEqual((s.evictions, s.size), (2, 1))
        c.clear()
        self.assertEqual(c.stats().evictions, 2)

    def test_expirations(self):
        clock = ManualClock()
        c = LRUCache(10, ttl=5, clock=clock)
        for k in "abcd":
            c[k] = k
        clock.advance(6)
        self.assertIsNone(c.get("a"))
        s = c.stats()
        self.assertEqual((s.misses, s.expirations, s.hits), (1, 1, 0))
        self.assertEqual(c.purge_expired(), 3)
        s = c.stats()
        self.assertEqual((s.expirations, s.size, s.misses), (4, 0, 1))

    def test_reset(self):
        c = LRUCache(1)
        c["a"] = 1
        c["b"] = 2
        c.get("b")
        c.get("a")
        c.reset_stats()
        s = c.stats()
        self.assertEqual((s.hits, s.misses, s.evictions, s.expirations, s.size), (0, 0, 0, 0, 1))


class DecoratorStatsTests(unittest.TestCase):
    def test_decorated_function(self):
        @cached(max_size=2)
        def square(x):
            return x * x

        square(2)
        square(2)
        square(3)
        square(4)   # evicts 2
        square(2)   # miss again
        s = square.cache_stats()
        self.assertEqual((s.hits, s.misses, s.evictions, s.size), (1, 4, 2, 2))
        self.assertAlmostEqual(s.hit_ratio, 0.2)

    def test_shared_cache(self):
        shared = LRUCache(8)

        @cached(cache=shared)
        def double(x):
            return 2 * x

        double(1)
        double(1)
        shared.get("other")
        self.assertEqual((shared.stats().hits, shared.stats().misses), (1, 2))
        self.assertEqual(double.cache_stats().hits, 1)

    def test_expired_call(self):
        clock = ManualClock()

        @cached(ttl=10, clock=clock)
        def ident(x):
            return x

        ident(1)
        clock.advance(10)
        ident(1)
        s = ident.cache_stats()
        self.assertEqual((s.hits, s.misses, s.expirations), (0, 2, 1))


if __name__ == "__main__":
    unittest.main()
