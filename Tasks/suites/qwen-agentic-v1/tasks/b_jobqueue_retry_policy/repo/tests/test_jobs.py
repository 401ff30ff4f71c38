import unittest

from jobq import JobQueue, Scheduler, Worker, build_app


def flaky(times):
    state = {"left": times}

    def handler(payload):
        if state["left"] > 0:
            state["left"] -= 1
            raise RuntimeError("not yet")
    return handler


class QueueTests(unittest.TestCase):
    def test_order(self):
        q = JobQueue()
        q.submit("b", run_at=5)
        q.submit("a", run_at=1)
        q.submit("c", run_at=5)
        self.assertEqual([j.name for _, j in q.pending()], ["a", "b", "c"])
        self.assertIsNone(q.pop_due(0))
        self.assertEqual(q.pop_due(1).name, "a")


class WorkerTests(unittest.TestCase):
    def test_success(self):
        q = JobQueue()
        seen = []
        w = Worker(q, {"echo": seen.append})
        q.submit("echo", {"x": 1})
        self.assertEqual(w.run_until_idle(0), 1)
        self.assertEqual(seen, [{"x": 1}])

    def test_retry_then_success(self):
        q = JobQueue()
        w = Worker(q, {"f": flaky(1)})
        q.submit("f")
        w.run_once(0)
        self.assertEqual(len(w.completed), 0)
        self.assertEqual(q.next_due(), 2.0)
        w.run_once(2.0)
        self.assertEqual(len(w.completed), 1)

    def test_unknown_job_goes_to_dead_letters_eventually(self):
        q = JobQueue()
        w = Worker(q, {})
        q.submit("ghost")
        now = 0.0
        while len(q):
            now = q.next_due()
            w.run_once(now)
        self.assertEqual(len(w.dead_letters), 1)
        self.assertIn("LookupError", w.dead_letters[0].last_error)


class SchedulerTests(unittest.TestCase):
    def test_runs_periodically(self):
        s = Scheduler()
        calls = []
        s.every(10, "tick", lambda: calls.append(1))
        for now in range(0, 31):
            s.tick(now)
        self.assertEqual(len(calls), 4)

    def test_build_app(self):
        queue, worker, scheduler = build_app(handlers={"noop": lambda p: None})
        queue.submit("noop")
        self.assertEqual(worker.run_until_idle(0), 1)
        with self.assertRaises(KeyError):
            build_app({"colour": "red"})


if __name__ == "__main__":
    unittest.main()
