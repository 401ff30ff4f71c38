import unittest

from memo import LRUCache, ManualClock, cached, make_key


class LRUTests(unittest.TestCase):
    def test_eviction_order(self):
        c = LRUCache(2)
        c["a"] = 1
        c["b"] = 2
        c.get("a")
        c["c"] = 3
        self.assertEqual(c.keys(), ["a", "c"])

    def test_ttl(self):
        clock = ManualClock()
        c = LRUCache(10, ttl=5, clock=clock)
        c.set("a", 1)
        c.set("b", 2, ttl=None)
        clock.advance(5)
        self.assertNotIn("a", c)
        self.assertEqual(c.get("a", "gone"), "gone")
        self.assertEqual(c["b"], 2)

    def test_purge(self):
        clock = ManualClock()
        c = LRUCache(10, ttl=1, clock=clock)
        for k in "xyz":
            c[k] = k
        clock.advance(2)
        self.assertEqual(c.purge_expired(), 3)
        self.assertEqual(len(c), 0)

    def test_peek_keeps_order(self):
        c = LRUCache(2)
        c["a"] = 1
        c["b"] = 2
        self.assertEqual(c.peek("a"), 1)
        c["c"] = 3
        self.assertEqual(c.keys(), ["b", "c"])

    def test_errors(self):
        with self.assertRaises(ValueError):
            LRUCache(0)
        with self.assertRaises(KeyError):
            LRUCache()["nope"]


class DecoratorTests(unittest.TestCase):
    def test_memoizes(self):
        calls = []

        @cached(max_size=4)
        def square(x):
            calls.append(x)
            return x * x

        self.assertEqual([square(2), square(2), square(3)], [4, 4, 9])
        self.assertEqual(calls, [2, 3])
        square.cache_clear()
        square(2)
        self.assertEqual(calls, [2, 3, 2])

    def test_keys(self):
        self.assertEqual(make_key((1,), {"b": 2, "a": 1}), make_key((1,), {"a": 1, "b": 2}))
        self.assertNotEqual(make_key((1,), {}, typed=True), make_key((1.0,), {}, typed=True))

    def test_exceptions_not_cached(self):
        state = {"n": 0}

        @cached()
        def flaky():
            state["n"] += 1
            if state["n"] == 1:
                raise RuntimeError
            return state["n"]

        with self.assertRaises(RuntimeError):
            flaky()
        self.assertEqual(flaky(), 2)


if __name__ == "__main__":
    unittest.main()
