import io
import unittest

from sizeconv import build_rows, conversion_factor, convert, parse_rate
from sizeconv.cli import main


class ConversionOrderTests(unittest.TestCase):
    def test_megabytes_then_megabits(self):
        self.assertEqual(convert(1, "MB", "b"), 8_000_000)
        self.assertEqual(convert(1, "Mb", "b"), 1_000_000)
        self.assertEqual(convert(1, "MB", "b"), 8_000_000)

    def test_megabits_then_megabytes(self):
        self.assertEqual(convert(3, "Mb", "kb"), 3000)
        self.assertEqual(convert(3, "MB", "kb"), 24000)
        self.assertEqual(convert(3, "MB", "kB"), 3000)
        self.assertEqual(convert(3, "Mb", "kB"), 375)

    def test_bytes_to_bits_and_bits_to_bits(self):
        self.assertEqual(convert(5, "B", "b"), 40)
        self.assertEqual(convert(5, "b", "b"), 5)
        self.assertEqual(convert(5, "b", "B"), 0.625)
        self.assertEqual(convert(5, "B", "B"), 5)

    def test_names_still_case_insensitive(self):
        self.assertEqual(conversion_factor("Megabytes", "bytes"), 1_000_000)
        self.assertEqual(conversion_factor("MEGABITS", "bytes"), 125_000)
        self.assertEqual(conversion_factor("KB", "B"), 1000)
        self.assertEqual(conversion_factor("kb", "B"), 125)

    def test_rates(self):
        self.assertEqual(parse_rate("16 Mb/s"), 16e6)
        self.assertEqual(parse_rate("40 MB/s"), 320e6)
        self.assertEqual(parse_rate("16 Mb/s"), 16e6)


class ReportTests(unittest.TestCase):
    FILES = [("iso", 700_000_000)]

    def test_link_order_does_not_matter(self):
        a = build_rows(self.FILES, [("usb", "40 MB/s"), ("dsl", "16 Mb/s")])
        b = build_rows(self.FILES, [("dsl", "16 Mb/s"), ("usb", "40 MB/s")])
        self.assertEqual(a, [["iso", "17.5 s", "5.8 min"]])
        self.assertEqual(b, [["iso", "5.8 min", "17.5 s"]])

    def test_cli_eta(self):
        out = io.StringIO()
        main(["eta", "iso", "--link", "usb=40MB/s", "--link", "dsl=16Mb/s", "--size-unit", "Mb"],
             out=out, sizes={"iso": 700_000_000})
        self.assertEqual(out.getvalue().splitlines()[1].split(),
                         ["iso", "5600.00", "Mb", "17.5", "s", "5.8", "min"])


if __name__ == "__main__":
    unittest.main()
