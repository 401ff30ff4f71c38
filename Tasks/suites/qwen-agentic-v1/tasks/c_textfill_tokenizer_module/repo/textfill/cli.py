"""textfill [-w WIDTH] [--justify] [FILE]  (reads stdin without FILE)"""

import argparse
import sys

from textfill.justify import justify
from textfill.wrap import fill


def main(argv=None, stdin=None, stdout=None):
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    parser = argparse.ArgumentParser(prog="textfill")
    parser.add_argument("file", nargs="?")
    parser.add_argument("-w", "--width", type=int, default=72)
    parser.add_argument("--justify", action="store_true")
    parser.add_argument("--no-hyphen-breaks", dest="hyphens", action="store_false")
    args = parser.parse_args(argv)
    if args.file:
        with open(args.file, encoding="utf-8") as fh:
            text = fh.read()
    else:
        text = stdin.read()
    if args.justify:
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        out = "\n\n".join("\n".join(justify(p, args.width)) for p in paragraphs)
    else:
        out = fill(text, args.width, break_on_hyphens=args.hyphens)
    stdout.write(out + "\n")
    return 0
