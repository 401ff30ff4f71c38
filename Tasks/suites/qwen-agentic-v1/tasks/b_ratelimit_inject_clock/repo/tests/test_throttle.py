import unittest

from throttle import (FixedWindowCounter, PolicyError, RateLimiter, SlidingWindowLog,
                      ThrottleMiddleware, TokenBucket, parse_policy)


class PolicyTests(unittest.TestCase):
    def test_parse(self):
        p = parse_policy("100/min burst 20")
        self.assertEqual((p.limit, p.period, p.burst, p.algorithm), (100, 60.0, 20, "bucket"))
        self.assertEqual(parse_policy("5/10s window").period, 10.0)
        self.assertEqual(parse_policy("3/hours fixed").period, 3600.0)
        self.assertAlmostEqual(parse_policy("10/s").rate, 10.0)

    def test_bad_policies(self):
        for text in ["", "ten/s", "5/fortnight", "0/s", "5/s burst"]:
            with self.subTest(text=text), self.assertRaises(PolicyError):
                parse_policy(text)


class BucketTests(unittest.TestCase):
    # slow rates so that the few microseconds a test takes never matter
    def test_token_bucket_burst(self):
        b = TokenBucket(rate=0.001, capacity=3)
        self.assertEqual([b.acquire()[0] for _ in range(4)], [True, True, True, False])
        self.assertEqual(b.acquire(5), (False, None))

    def test_sliding_window(self):
        w = SlidingWindowLog(limit=2, window=1000)
        self.assertTrue(w.acquire()[0])
        self.assertTrue(w.acquire()[0])
        allowed, retry = w.acquire()
        self.assertFalse(allowed)
        self.assertGreater(retry, 900)
        self.assertEqual(w.remaining(), 0)

    def test_fixed_window_counts(self):
        f = FixedWindowCounter(limit=10, window=10 ** 9)
        self.assertTrue(f.acquire(4)[0])
        self.assertEqual(f.remaining(), 6)


class LimiterTests(unittest.TestCase):
    def test_keys_are_independent(self):
        limiter = RateLimiter("2/hour")
        self.assertTrue(limiter.check("a").allowed)
        self.assertTrue(limiter.check("a").allowed)
        self.assertFalse(limiter.check("a").allowed)
        self.assertTrue(limiter.check("b").allowed)
        self.assertEqual(limiter.tracked_keys(), ["a", "b"])

    def test_middleware(self):
        app = ThrottleMiddleware(lambda req: {"status": 200, "body": "hi"}, RateLimiter("1/hour"))
        first = app({"remote_addr": "10.0.0.1"})
        second = app({"remote_addr": "10.0.0.1"})
        self.assertEqual(first["status"], 200)
        self.assertEqual(first["headers"]["X-RateLimit-Remaining"], "0")
        self.assertEqual(second["status"], 429)
        self.assertEqual(second["headers"]["Retry-After"], "3600")
        other = app({"remote_addr": "x", "headers": {"X-Forwarded-For": "10.0.0.2, proxy"}})
        self.assertEqual(other["status"], 200)


if __name__ == "__main__":
    unittest.main()
