import unittest

from jobq import JobQueue, Scheduler, Worker, build_app
from jobq.retry import RetryPolicy


def always_fails(log):
    def handler(*args):
        log.append(args)
        raise RuntimeError("boom")
    return handler


def worker_run_times(worker, queue):
    """Drive the worker until the queue is empty; returns the times a job ran."""
    times = []
    while len(queue):
        now = queue.next_due()
        worker.run_once(now)
        times.append(now)
    return times


def scheduler_run_times(scheduler, until):
    times = []
    for now in range(until + 1):
        if scheduler.tick(now):
            times.append(now)
    return times


class PolicyTests(unittest.TestCase):
    def test_defaults_match_previous_constants(self):
        p = RetryPolicy()
        self.assertEqual([p.delay(n) for n in range(1, 6)], [2, 4, 8, 16, 32])
        self.assertEqual(p.delay(9), 300)
        self.assertTrue(p.should_retry(4))
        self.assertFalse(p.should_retry(5))

    def test_custom(self):
        p = RetryPolicy(base=10, factor=3, max_delay=100, max_attempts=3)
        self.assertEqual([p.delay(1), p.delay(2), p.delay(3)], [30, 90, 100])
        self.assertTrue(p.should_retry(2))
        self.assertFalse(p.should_retry(3))


class WorkerTests(unittest.TestCase):
    def test_default_behaviour_unchanged(self):
        q = JobQueue()
        w = Worker(q, {"f": always_fails([])})
        q.submit("f")
        self.assertEqual(worker_run_times(w, q), [0, 2, 6, 14, 30])
        self.assertEqual(len(w.dead_letters), 1)

    def test_worker_uses_given_policy(self):
        q = JobQueue()
        policy = RetryPolicy(base=10, factor=3, max_delay=100, max_attempts=3)
        w = Worker(q, {"f": always_fails([])}, retry=policy)
        self.assertIs(w.retry, policy)
        q.submit("f")
        self.assertEqual(worker_run_times(w, q), [0, 30, 120])
        self.assertEqual(w.dead_letters[0].attempts, 3)


class SchedulerTests(unittest.TestCase):
    def test_default_behaviour_unchanged(self):
        s = Scheduler()
        s.every(10, "t", always_fails([]))
        self.assertEqual(scheduler_run_times(s, 100), [0, 2, 6, 14, 24])
        self.assertTrue(s.tasks["t"].paused)

    def test_scheduler_uses_given_policy(self):
        policy = RetryPolicy(base=5, factor=2, max_delay=15, max_attempts=4)
        s = Scheduler(retry=policy)
        self.assertIs(s.retry, policy)
        s.every(1000, "t", always_fails([]))
        self.assertEqual(scheduler_run_times(s, 2000), [0, 10, 25, 40])
        self.assertTrue(s.tasks["t"].paused)

    def test_success_resets(self):
        state = {"n": 0}

        def sometimes():
            state["n"] += 1
            if state["n"] == 1:
                raise RuntimeError("first run fails")
        s = Scheduler(retry=RetryPolicy(base=3, factor=1))
        s.every(7, "t", sometimes)
        self.assertEqual(scheduler_run_times(s, 20), [0, 3, 10, 17])


class AppTests(unittest.TestCase):
    def test_build_app_shares_one_policy_from_config(self):
        queue, worker, scheduler = build_app({"max_attempts": 4, "max_backoff": 3},
                                             handlers={"f": always_fails([])})
        self.assertIsInstance(worker.retry, RetryPolicy)
        self.assertEqual(worker.retry, scheduler.retry)
        queue.submit("f")
        self.assertEqual(worker_run_times(worker, queue), [0, 2, 5, 8])
        scheduler.every(100, "t", always_fails([]))
        self.assertEqual(scheduler_run_times(scheduler, 50), [0, 2, 5, 8])


if __name__ == "__main__":
    unittest.main()
