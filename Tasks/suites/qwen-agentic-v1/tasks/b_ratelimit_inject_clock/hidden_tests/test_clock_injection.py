import unittest
from unittest import mock

from throttle import (FixedWindowCounter, RateLimiter, SlidingWindowLog, ThrottleMiddleware,
                      TokenBucket)
from throttle.clock import ManualClock


def no_system_time():
    boom = AssertionError("system clock used although a clock was injected")
    return mock.patch("time.monotonic", side_effect=boom), mock.patch("time.time", side_effect=boom)


class ManualClockTests(unittest.TestCase):
    def test_manual_clock(self):
        c = ManualClock()
        self.assertEqual(c(), 0.0)
        c.advance(2.5)
        self.assertEqual(c(), 2.5)
        self.assertEqual(ManualClock(100)(), 100.0)


class InjectedBucketTests(unittest.TestCase):
    def setUp(self):
        self.clock = ManualClock(1000)
        patches = no_system_time()
        for p in patches:
            p.start()
            self.addCleanup(p.stop)

    def test_token_bucket_refill_and_cap(self):
        b = TokenBucket(rate=2, capacity=4, clock=self.clock)
        self.assertEqual([b.acquire()[0] for _ in range(4)], [True] * 4)
        allowed, retry = b.acquire()
        self.assertFalse(allowed)
        self.assertAlmostEqual(retry, 0.5)
        self.clock.advance(0.5)
        self.assertTrue(b.acquire()[0])
        self.clock.advance(10_000)
        self.assertEqual(b.remaining(), 4)
        self.assertEqual([b.acquire()[0] for _ in range(5)], [True] * 4 + [False])

    def test_sliding_window(self):
        w = SlidingWindowLog(limit=3, window=10, clock=self.clock)
        for _ in range(3):
            self.assertTrue(w.acquire()[0])
            self.clock.advance(1)
        self.clock.advance(2)  # t = 1005
        allowed, retry = w.acquire()
        self.assertFalse(allowed)
        self.assertAlmostEqual(retry, 5.0)
        self.clock.advance(5)  # first entry (t=1000) leaves the window
        self.assertTrue(w.acquire()[0])
        self.assertEqual(w.remaining(), 0)

    def test_fixed_window_uses_injected_clock(self):
        c = ManualClock(119)
        f = FixedWindowCounter(limit=2, window=60, clock=c)
        self.assertTrue(f.acquire()[0])
        self.assertTrue(f.acquire()[0])
        allowed, retry = f.acquire()
        self.assertFalse(allowed)
        self.assertAlmostEqual(retry, 1.0)
        c.advance(1)
        self.assertTrue(f.acquire()[0])
        self.assertEqual(f.remaining(), 1)

    def test_any_callable_is_a_clock(self):
        now = [50.0]
        b = TokenBucket(rate=1, capacity=1, clock=lambda: now[0])
        self.assertTrue(b.acquire()[0])
        self.assertFalse(b.acquire()[0])
        now[0] += 1
        self.assertTrue(b.acquire()[0])


class InjectedLimiterTests(unittest.TestCase):
    def setUp(self):
        self.clock = ManualClock()
        patches = no_system_time()
        for p in patches:
            p.start()
            self.addCleanup(p.stop)

    def test_limiter_hands_clock_to_every_algorithm(self):
        for policy, retry in (("2/min", 30.0), ("2/min window", 60.0), ("2/min fixed", 60.0)):
            with self.subTest(policy=policy):
                clock = ManualClock()
                limiter = RateLimiter(policy, clock=clock)
                self.assertTrue(limiter.check("a").allowed)
                self.assertTrue(limiter.check("a").allowed)
                decision = limiter.check("a")
                self.assertFalse(decision.allowed)
                self.assertAlmostEqual(decision.retry_after, retry)
                clock.advance(retry)
                self.assertTrue(limiter.check("a").allowed)

    def test_idle_keys_evicted_by_injected_clock(self):
        limiter = RateLimiter("5/s", idle_ttl=100, clock=self.clock)
        limiter.check("a")
        self.clock.advance(50)
        limiter.check("b")
        self.clock.advance(51)
        limiter.check("c")
        self.assertEqual(limiter.tracked_keys(), ["b", "c"])

    def test_middleware_retry_after(self):
        limiter = RateLimiter("1/10s", clock=self.clock)
        app = ThrottleMiddleware(lambda req: {"status": 200, "body": "ok"}, limiter)
        self.assertEqual(app({"remote_addr": "1.2.3.4"})["status"], 200)
        self.clock.advance(2.5)
        denied = app({"remote_addr": "1.2.3.4"})
        self.assertEqual(denied["status"], 429)
        self.assertEqual(denied["headers"]["Retry-After"], "8")
        self.clock.advance(7.5)
        self.assertEqual(app({"remote_addr": "1.2.3.4"})["status"], 200)


class DefaultsUnchangedTests(unittest.TestCase):
    def test_default_clock_still_works(self):
        limiter = RateLimiter("2/hour")
        self.assertEqual([limiter.check("k").allowed for _ in range(3)], [True, True, False])
        self.assertEqual(TokenBucket(1, 1).acquire(2), (False, None))


if __name__ == "__main__":
    unittest.main()
