import io
import unittest

from sizeconv import UnitError, convert, humanize, parse_rate, parse_size, render, transfer_seconds
from sizeconv.cli import main


class UnitTests(unittest.TestCase):
    def test_binary_and_decimal(self):
        self.assertEqual(convert(1, "KiB", "B"), 1024)
        self.assertEqual(convert(1, "GB", "MB"), 1000)
        self.assertEqual(convert(2, "megabytes", "kB"), 2000)

    def test_parse(self):
        self.assertEqual(parse_size("1.5 GiB"), (1.5, "GiB"))
        self.assertEqual(parse_rate("1 Gb/s"), 1e9)
        with self.assertRaises(UnitError):
            parse_size("12 parsecs")
        with self.assertRaises(UnitError):
            parse_rate("100 Mb")

    def test_humanize(self):
        self.assertEqual(humanize(1536, binary=True), "1.5 KiB")
        self.assertEqual(humanize(999), "999 B")
        self.assertEqual(humanize(2_500_000), "2.5 MB")


class ReportTests(unittest.TestCase):
    def test_transfer_seconds(self):
        self.assertEqual(transfer_seconds(1_000_000, 8_000_000), 1.0)

    def test_render(self):
        text = render([("iso", 700_000_000)], [("dsl", "16 Mb/s"), ("fibre", "1 Gb/s")])
        self.assertEqual(text.splitlines()[1].split(), ["iso", "5.8", "min", "5.6", "s"])

    def test_cli_convert(self):
        out = io.StringIO()
        self.assertEqual(main(["convert", "3", "GiB", "MiB"], out=out), 0)
        self.assertEqual(out.getvalue(), "3072 MiB\n")


if __name__ == "__main__":
    unittest.main()
