"""``python -m layered.cli --dir conf --profile staging show|get KEY|explain KEY``"""

import argparse
import json
import os
import sys

from .loader import ConfigError, load_config


def build_parser():
    parser = argparse.ArgumentParser(prog="layered")
    parser.add_argument("--dir", default="config", help="folder holding base.conf and <profile>.conf")
    parser.add_argument("--profile", help="profile to load on top of base.conf")
    parser.add_argument("--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("show", help="print every setting")
    p = sub.add_parser("get", help="print one setting")
    p.add_argument("key")
    p = sub.add_parser("explain", help="tell which layer set a setting")
    p.add_argument("key")
    return parser


def _fmt(value):
    return json.dumps(value) if not isinstance(value, str) else value


def main(argv=None, environ=None, out=None):
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    environ = os.environ if environ is None else environ
    try:
        cfg = load_config(args.dir, args.profile, environ, args.overrides)
    except ConfigError as exc:
        out.write("error: %s\n" % exc)
        return 2
    try:
        if args.command == "show":
            for key, value in sorted(cfg.flat().items()):
                out.write("%s = %s\n" % (key, _fmt(value)))
        elif args.command == "get":
            out.write(_fmt(cfg[args.key]) + "\n")
        else:
            out.write("%s <- %s\n" % (args.key, cfg.explain(args.key)))
    except KeyError as exc:
        out.write("error: no setting %s\n" % exc)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
