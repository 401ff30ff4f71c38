import unittest
from datetime import datetime

from jobsched import load_jobs_from_string, parse_spec
from jobsched.spec import parse_field


class BlackoutIsolationTests(unittest.TestCase):
    def test_month_blackout_does_not_leak_to_other_job(self):
        sched = load_jobs_from_string(
            "[a]\nschedule = 0 3 * * *\nskip_months = dec\n\n[b]\nschedule = 0 4 * * *\n"
        )
        self.assertEqual(sched.jobs["b"].next_run(datetime(2024, 11, 30, 12, 0)),
                         datetime(2024, 12, 1, 4, 0))
        self.assertEqual(sched.jobs["a"].next_run(datetime(2024, 11, 30, 12, 0)),
                         datetime(2025, 1, 1, 3, 0))

    def test_weekday_blackout_does_not_leak_to_other_job(self):
        sched = load_jobs_from_string(
            "[a]\nschedule = 0 6 * * *\nskip_weekdays = sat,sun\n\n[b]\nschedule = 0 7 * * *\n"
        )
        # 2024-06-07 is a Friday
        self.assertEqual(sched.jobs["b"].next_run(datetime(2024, 6, 7, 8, 0)),
                         datetime(2024, 6, 8, 7, 0))
        self.assertEqual(sched.jobs["a"].next_run(datetime(2024, 6, 7, 8, 0)),
                         datetime(2024, 6, 10, 6, 0))

    def test_later_specs_unaffected(self):
        load_jobs_from_string(
            "[a]\nschedule = 0 3 * * *\nskip_months = dec,jan\nskip_weekdays = sun\n"
        )
        spec = parse_spec("0 4 * * *")
        self.assertTrue(spec.matches(datetime(2024, 12, 15, 4, 0)))  # a Sunday in December
        self.assertEqual(parse_field("*", "month"), set(range(1, 13)))
        self.assertEqual(parse_field("*", "weekday"), set(range(7)))

    def test_blackout_keeps_original_restriction(self):
        sched = load_jobs_from_string(
            "[q]\nschedule = 0 8 1 3-5 *\nskip_months = apr\n"
        )
        job = sched.jobs["q"]
        runs = []
        t = datetime(2024, 1, 1)
        for _ in range(3):
            t = job.next_run(t)
            runs.append(t)
        self.assertEqual(runs, [datetime(2024, 3, 1, 8, 0), datetime(2024, 5, 1, 8, 0),
                                datetime(2025, 3, 1, 8, 0)])

    def test_weekday_blackout_keeps_original_restriction(self):
        sched = load_jobs_from_string(
            "[w]\nschedule = 30 9 * * mon-wed\nskip_weekdays = tue\n"
        )
        job = sched.jobs["w"]
        # 2024-06-10 is a Monday
        self.assertEqual(job.next_run(datetime(2024, 6, 10, 10, 0)), datetime(2024, 6, 12, 9, 30))
        self.assertEqual(job.next_run(datetime(2024, 6, 12, 10, 0)), datetime(2024, 6, 17, 9, 30))


if __name__ == "__main__":
    unittest.main()
