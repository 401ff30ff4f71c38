"""flagkit FILE check | FILE eval FLAG [--user ID] [--attr K=V] [--segment S] [--now ISO] [--explain]"""

import argparse
import json
import sys
from datetime import datetime

from flagkit.context import Context
from flagkit.engine import FlagConfigError, explain
from flagkit.store import FlagStore


def _attr(text):
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError("expected KEY=VALUE")
    try:
        return key, json.loads(value)
    except json.JSONDecodeError:
        return key, value


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="flagkit")
    parser.add_argument("file")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate the file")
    ev = sub.add_parser("eval", help="evaluate one flag")
    ev.add_argument("flag")
    ev.add_argument("--user")
    ev.add_argument("--attr", type=_attr, action="append", default=[])
    ev.add_argument("--segment", action="append", default=[])
    ev.add_argument("--now", type=datetime.fromisoformat)
    ev.add_argument("--explain", action="store_true")
    args = parser.parse_args(argv)
    try:
        store = FlagStore.from_file(args.file)
    except (OSError, FlagConfigError) as exc:
        print(f"flagkit: {args.file}: {exc}", file=stderr)
        return 1
    if args.command == "check":
        print(f"{len(store.flags)} flags ok", file=stdout)
        return 0
    if args.flag not in store.flags:
        print(f"flagkit: unknown flag {args.flag!r}", file=stderr)
        return 1
    kwargs = {"user_id": args.user, "attributes": dict(args.attr), "segments": frozenset(args.segment)}
    if args.now is not None:
        kwargs["clock"] = lambda: args.now
    context = Context(**kwargs)
    flag = store.flags[args.flag]
    if args.explain:
        for line in explain(flag, context):
            print(line, file=stdout)
    else:
        variant, value, _ = flag.evaluate(context)
        print(f"{variant} {json.dumps(value)}", file=stdout)
    return 0
