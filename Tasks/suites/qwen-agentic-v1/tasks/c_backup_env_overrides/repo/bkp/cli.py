"""bkp command line.

    bkp [--config FILE] [--set SECTION.NAME=VALUE ...] show-config
    bkp [--config FILE] [--set SECTION.NAME=VALUE ...] plan SNAPSHOT_LIST
"""

import argparse
import sys

from bkp.config import ConfigError, load_config
from bkp.retention import plan, read_snapshot_list
from bkp.schema import FIELDS, format_value


def build_parser():
    parser = argparse.ArgumentParser(prog="bkp")
    parser.add_argument("--config", metavar="FILE",
                        help="configuration file (default: $BKP_CONFIG or ./bkp.toml)")
    parser.add_argument("--set", dest="overrides", action="append", default=[],
                        metavar="SECTION.NAME=VALUE", help="override one setting")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("show-config", help="print the effective configuration")
    p = sub.add_parser("plan", help="list snapshots to keep and to prune")
    p.add_argument("snapshots", metavar="SNAPSHOT_LIST")
    return parser


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        settings = load_config(args.config, args.overrides)
    except ConfigError as exc:
        print(f"bkp: config error: {exc}", file=stderr)
        return 2

    if args.command == "show-config":
        for field in FIELDS:
            value = settings[field.section][field.name]
            print(f"{field.dotted} = {format_value(field, value)}", file=stdout)
        return 0

    try:
        with open(args.snapshots, encoding="utf-8") as fh:
            days = read_snapshot_list(fh)
    except (OSError, ValueError) as exc:
        print(f"bkp: {args.snapshots}: {exc}", file=stderr)
        return 2
    keep, prune = plan(days, settings["storage"])
    for day in keep:
        print(f"keep  {day.isoformat()}", file=stdout)
    for day in prune:
        print(f"prune {day.isoformat()}", file=stdout)
    return 0
