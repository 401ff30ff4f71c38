"""Command line: ``textdiff diff OLD NEW`` and ``textdiff apply FILE PATCH [-o OUT] [-R]``."""

import argparse
import sys

from .engine import DiffTooLarge, make_key
from .patch import PatchError, apply_patch, unified_diff


def _read_lines(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read().splitlines()


def _write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in lines))


def build_parser():
    parser = argparse.ArgumentParser(prog="textdiff")
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("diff", help="print a unified diff; exit status 1 when the files differ")
    d.add_argument("old")
    d.add_argument("new")
    d.add_argument("-U", "--unified", type=int, default=3, help="lines of context")
    d.add_argument("-i", "--ignore-case", action="store_true")
    d.add_argument("-w", "--ignore-all-space", action="store_true")
    a = sub.add_parser("apply", help="apply a unified diff to a file")
    a.add_argument("file")
    a.add_argument("patch")
    a.add_argument("-o", "--output", help="write here instead of over FILE")
    a.add_argument("-R", "--reverse", action="store_true")
    return parser


def main(argv=None, out=None, err=None):
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        if args.command == "diff":
            key = make_key(ignore_case=args.ignore_case, ignore_whitespace=args.ignore_all_space)
            text = unified_diff(_read_lines(args.old), _read_lines(args.new), args.old, args.new,
                                context=args.unified, key=key)
            out.write(text)
            return 1 if text else 0
        with open(args.patch, encoding="utf-8") as fh:
            patch_text = fh.read()
        result = apply_patch(_read_lines(args.file), patch_text, reverse=args.reverse)
        _write_lines(args.output or args.file, result)
        return 0
    except (PatchError, DiffTooLarge) as exc:
        err.write("textdiff: %s\n" % exc)
        return 2
    except OSError as exc:
        err.write("textdiff: %s\n" % exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
