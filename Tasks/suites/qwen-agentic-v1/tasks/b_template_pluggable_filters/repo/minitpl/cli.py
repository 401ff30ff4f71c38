"""``python -m minitpl.cli TEMPLATE [--context data.json] [--autoescape]`` renders to stdout."""

import argparse
import json
import os
import sys

from .engine import FILTER_NAMES, Environment
from .loader import FileLoader
from .runtime import TemplateError


def build_parser():
    parser = argparse.ArgumentParser(prog="minitpl")
    parser.add_argument("template", nargs="?", help="template file")
    parser.add_argument("--context", help="JSON file with the template variables")
    parser.add_argument("--autoescape", action="store_true")
    parser.add_argument("--strict", action="store_true", help="fail on undefined names")
    parser.add_argument("--list-filters", action="store_true", help="print the available filters")
    return parser


def main(argv=None, out=None):
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    if args.list_filters:
        for name in sorted(FILTER_NAMES):
            out.write(name + "\n")
        return 0
    if not args.template:
        out.write("error: a template is required\n")
        return 2
    data = {}
    if args.context:
        with open(args.context, encoding="utf-8") as fh:
            data = json.load(fh)
    folder, name = os.path.split(os.path.abspath(args.template))
    env = Environment(loader=FileLoader(folder), autoescape=args.autoescape, strict=args.strict)
    try:
        out.write(env.get_template(name).render(data))
    except TemplateError as exc:
        out.write("error: %s\n" % (exc,))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
