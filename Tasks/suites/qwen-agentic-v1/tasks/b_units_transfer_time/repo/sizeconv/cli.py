"""``sizeconv convert 1.5 GiB MB`` and ``sizeconv eta --link fibre=1Gb/s FILE...``."""

import argparse
import os
import sys

from .report import render
from .units import UnitError, convert


def build_parser():
    parser = argparse.ArgumentParser(prog="sizeconv")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("convert", help="convert a size between units")
    c.add_argument("value", type=float)
    c.add_argument("src")
    c.add_argument("dst")
    e = sub.add_parser("eta", help="transfer time of files over links")
    e.add_argument("files", nargs="+")
    e.add_argument("--link", action="append", default=[], metavar="LABEL=RATE")
    e.add_argument("--size-unit", help="also show file sizes in this unit")
    return parser


def main(argv=None, out=None, sizes=None):
    """``sizes`` maps file names to byte counts (instead of reading the disk)."""
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        if args.command == "convert":
            out.write("%g %s\n" % (convert(args.value, args.src, args.dst), args.dst))
            return 0
        links = []
        for item in args.link or ["default=100Mb/s"]:
            label, sep, rate = item.partition("=")
            if not sep:
                raise UnitError("--link must look like LABEL=RATE")
            links.append((label, rate))
        files = [(name, sizes[name] if sizes else os.path.getsize(name)) for name in args.files]
        out.write(render(files, links, args.size_unit))
        return 0
    except UnitError as exc:
        out.write("error: %s\n" % exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
