"""recur agenda FILE --from YYYY-MM-DD [--days N]"""

import argparse
import sys
from datetime import datetime, timedelta

from recur.ics import CalendarError, parse_calendar
from recur.rrule import describe


def build_parser():
    parser = argparse.ArgumentParser(prog="recur")
    sub = parser.add_subparsers(dest="command", required=True)
    agenda = sub.add_parser("agenda", help="list occurrences in a date range")
    agenda.add_argument("file")
    agenda.add_argument("--from", dest="start", required=True, type=datetime.fromisoformat)
    agenda.add_argument("--days", type=int, default=7)
    events = sub.add_parser("events", help="list the events and their rules")
    events.add_argument("file")
    return parser


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as fh:
            events = parse_calendar(fh.read())
    except (OSError, CalendarError) as exc:
        print(f"recur: {args.file}: {exc}", file=stderr)
        return 2
    if args.command == "events":
        for event in events:
            rule = event.recurrence.rule
            print(f"{event.summary}: {describe(rule) if rule else 'once'}", file=stdout)
        return 0
    end = args.start + timedelta(days=args.days)
    rows = []
    for event in events:
        for begin, finish in event.occurrences(args.start, end):
            rows.append((begin, finish, event.summary))
    for begin, finish, summary in sorted(rows):
        print(f"{begin:%Y-%m-%d %H:%M}-{finish:%H:%M}  {summary}", file=stdout)
    return 0
