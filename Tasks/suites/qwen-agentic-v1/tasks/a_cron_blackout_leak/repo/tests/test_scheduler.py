import unittest
from datetime import datetime

from jobsched import Job, Scheduler, load_jobs_from_string, parse_spec


class NextRunTests(unittest.TestCase):
    def test_next_run_same_day(self):
        job = Job("j", parse_spec("30 9 * * *"))
        self.assertEqual(job.next_run(datetime(2024, 1, 10, 8, 0)), datetime(2024, 1, 10, 9, 30))

    def test_next_run_strictly_after(self):
        job = Job("j", parse_spec("30 9 * * *"))
        self.assertEqual(job.next_run(datetime(2024, 1, 10, 9, 30)), datetime(2024, 1, 11, 9, 30))

    def test_monthly(self):
        job = Job("j", parse_spec("@monthly"))
        self.assertEqual(job.next_run(datetime(2024, 1, 31, 23, 0)), datetime(2024, 2, 1, 0, 0))

    def test_agenda_order(self):
        sched = Scheduler([Job("a", parse_spec("0 * * * *")), Job("b", parse_spec("30 * * * *"))])
        events = sched.agenda(datetime(2024, 1, 1, 0, 10), count=3)
        self.assertEqual([name for _, name in events], ["b", "a", "b"])


class ConfigTests(unittest.TestCase):
    def test_load_single_job_with_blackout(self):
        sched = load_jobs_from_string(
            "[report]\nschedule = 0 6 * * *\ncommand = report.sh\nskip_weekdays = sat,sun\n"
        )
        job = sched.jobs["report"]
        self.assertEqual(job.command, "report.sh")
        # 2024-06-07 is a Friday; the next run skips the weekend
        self.assertEqual(job.next_run(datetime(2024, 6, 7, 7, 0)), datetime(2024, 6, 10, 6, 0))


if __name__ == "__main__":
    unittest.main()
