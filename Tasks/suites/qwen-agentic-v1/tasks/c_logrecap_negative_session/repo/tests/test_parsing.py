import unittest
from datetime import datetime

from logrecap.records import LogLineError, parse_line
from logrecap.timeparse import TimestampError, parse_timestamp


class TimestampTests(unittest.TestCase):
    def test_iso(self):
        self.assertEqual(parse_timestamp("2024-03-03T00:15:07Z"), datetime(2024, 3, 3, 0, 15, 7))
        self.assertEqual(parse_timestamp("2024-03-03T01:15:07+01:00"), datetime(2024, 3, 3, 0, 15, 7))
        self.assertEqual(parse_timestamp("2024-03-03T00:15:07.25Z"), datetime(2024, 3, 3, 0, 15, 7, 250000))

    def test_clf(self):
        self.assertEqual(parse_timestamp("02/Mar/2024:19:15:07 -0500"), datetime(2024, 3, 3, 0, 15, 7))

    def test_clock12(self):
        self.assertEqual(parse_timestamp("2024-03-03 09:15:07 AM"), datetime(2024, 3, 3, 9, 15, 7))
        self.assertEqual(parse_timestamp("2024-03-03 3:20:00 PM"), datetime(2024, 3, 3, 15, 20))

    def test_errors(self):
        for text in ["yesterday", "2024-02-30T00:00:00Z", "2024-03-03 13:00:00 PM", "03/Foo/2024:00:00:00 +0000"]:
            with self.assertRaises(TimestampError, msg=text):
                parse_timestamp(text)


class LineTests(unittest.TestCase):
    def test_access_line(self):
        r = parse_line('10.0.0.7 - - [03/Mar/2024:00:15:07 +0000] "GET /index.html?x=1 HTTP/1.1" 200 5120')
        self.assertEqual((r.client, r.method, r.path, r.status, r.size), ("10.0.0.7", "GET", "/index.html", 200, 5120))

    def test_appserver_line(self):
        r = parse_line("2024-03-03 10:15:07 PM client=10.0.0.9 post /api/items status=201 bytes=311")
        self.assertEqual((r.when, r.method, r.status), (datetime(2024, 3, 3, 22, 15, 7), "POST", 201))

    def test_json_line(self):
        r = parse_line('{"ts": "2024-03-03T00:15:07Z", "client": "c1", "method": "GET", '
                       '"path": "/a", "status": 404, "bytes": 0}')
        self.assertEqual((r.client, r.status), ("c1", 404))

    def test_bad_lines(self):
        self.assertIsNone(parse_line("# comment"))
        with self.assertRaises(LogLineError):
            parse_line("garbage")
        with self.assertRaises(LogLineError):
            parse_line("2024-03-03 10:15:07 XM client=a GET / status=200 bytes=1")
