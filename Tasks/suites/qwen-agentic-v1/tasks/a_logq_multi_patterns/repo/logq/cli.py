"""Command line interface of logq.

Usage examples::

    logq app.log --level WARNING
    logq app.log other.log --since 2024-03-01T10:00 --until 2024-03-01T12:00
    logq app.log --grep "timeout" --format json
    logq app.log --count --by level

Three input formats are recognised line by line:

* plain:   ``2024-03-01 10:00:00,123 WARNING [db] connection slow``
* bracket: ``[2024-03-01T10:00:00] ERROR db: connection lost``
* JSON:    ``{"ts": "2024-03-01T10:00:00", "level": "info", "logger": "db", "msg": "..."}``

Lines that match none of them are treated as continuation lines of the
previous record (stack traces, wrapped messages).
"""

import argparse
import csv
import json
import re
import sys
from datetime import datetime

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LEVEL_ALIASES = {"WARN": "WARNING", "ERR": "ERROR", "FATAL": "CRITICAL", "CRIT": "CRITICAL"}

_PLAIN = re.compile(
    r"^(?P<ts>\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2})(?:[,.]\d+)?\s+"
    r"(?P<level>[A-Za-z]+)\s+(?:\[(?P<logger>[^\]]+)\]\s+)?(?P<msg>.*)$")
_BRACKET = re.compile(
    r"^\[(?P<ts>[^\]]+)\]\s+(?P<level>[A-Za-z]+)\s+(?:(?P<logger>[\w.\-]+):\s+)?(?P<msg>.*)$")


class UsageError(Exception):
    """Bad command line values (reported with exit status 2)."""


class Record:
    __slots__ = ("ts", "level", "logger", "msg", "source", "line_no", "extra")

    def __init__(self, ts, level, logger, msg, source, line_no):
        self.ts = ts
        self.level = level
        self.logger = logger or ""
        self.msg = msg
        self.source = source
        self.line_no = line_no
        self.extra = []

    @property
    def text(self):
        """Message plus continuation lines, as searched by --grep."""
        return "\n".join([self.msg] + self.extra)

    def as_dict(self):
        return {"ts": self.ts.isoformat(), "level": self.level, "logger": self.logger,
                "msg": self.text, "source": self.source, "line": self.line_no}


# ---------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------

def normalize_level(text):
    level = text.strip().upper()
    level = LEVEL_ALIASES.get(level, level)
    if level not in LEVELS:
        raise ValueError("unknown level %r" % text)
    return level


def parse_time(text):
    text = text.strip().replace(" ", "T")
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise ValueError("unrecognised time %r" % text)


def parse_line(line, source, line_no):
    """Return a :class:`Record`, or ``None`` for a continuation line."""
    stripped = line.rstrip("\n")
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError:
            data = None
        if isinstance(data, dict) and "ts" in data and "level" in data:
            try:
                return Record(parse_time(str(data["ts"])[:19]), normalize_level(str(data["level"])),
                              data.get("logger"), str(data.get("msg", "")), source, line_no)
            except ValueError:
                return None
    for pattern in (_PLAIN, _BRACKET):
        m = pattern.match(stripped)
        if m:
            try:
                ts = parse_time(m.group("ts")[:19])
                level = normalize_level(m.group("level"))
            except ValueError:
                continue
            return Record(ts, level, m.group("logger"), m.group("msg"), source, line_no)
    return None


def read_records(stream, source):
    records = []
    for line_no, line in enumerate(stream, 1):
        record = parse_line(line, source, line_no)
        if record is not None:
            records.append(record)
        elif records and line.strip():
            records[-1].extra.append(line.rstrip("\n"))
    return records


# ---------------------------------------------------------------------------
# filtering
# ---------------------------------------------------------------------------

def build_filters(args):
    """Turn parsed arguments into a list of predicates on records."""
    filters = []
    if args.level:
        minimum = LEVELS.index(args.level)
        filters.append(lambda r: LEVELS.index(r.level) >= minimum)
    if args.only_level:
        wanted = set(args.only_level)
        filters.append(lambda r: r.level in wanted)
    if args.since:
        filters.append(lambda r: r.ts >= args.since)
    if args.until:
        filters.append(lambda r: r.ts < args.until)
    if args.logger:
        prefix = args.logger
        filters.append(lambda r: r.logger == prefix or r.logger.startswith(prefix + "."))
    if args.grep:
        pattern = re.compile(args.grep)
        filters.append(lambda r: pattern.search(r.text) is not None)
    if args.exclude:
        exclude = re.compile(args.exclude)
        filters.append(lambda r: exclude.search(r.text) is None)
    return filters


def select(records, filters):
    return [r for r in records if all(f(r) for f in filters)]


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------

def write_text(records, out, show_source):
    for r in records:
        prefix = "%s:%d: " % (r.source, r.line_no) if show_source else ""
        logger = " [%s]" % r.logger if r.logger else ""
        out.write("%s%s %-8s%s %s\n" % (prefix, r.ts.strftime("%Y-%m-%d %H:%M:%S"), r.level, logger, r.msg))
        for extra in r.extra:
            out.write("%s    %s\n" % (prefix, extra))


def write_json(records, out):
    for r in records:
        out.write(json.dumps(r.as_dict(), sort_keys=True) + "\n")


def write_csv(records, out):
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["ts", "level", "logger", "msg", "source", "line"])
    for r in records:
        d = r.as_dict()
        writer.writerow([d["ts"], d["level"], d["logger"], d["msg"], d["source"], d["line"]])


def write_counts(records, out, by):
    counts = {}
    for r in records:
        key = {"level": r.level, "logger": r.logger or "-", "source": r.source,
               "hour": r.ts.strftime("%Y-%m-%d %H:00")}[by]
        counts[key] = counts.get(key, 0) + 1
    if by == "level":
        keys = [lvl for lvl in LEVELS if lvl in counts]
    else:
        keys = sorted(counts)
    width = max([len(k) for k in keys] + [5])
    for k in keys:
        out.write("%-*s %6d\n" % (width, k, counts[k]))
    out.write("%-*s %6d\n" % (width, "total", len(records)))


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------

def _level_arg(text):
    try:
        return normalize_level(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc))


def _time_arg(text):
    try:
        return parse_time(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc))


def _regex_arg(text):
    try:
        re.compile(text)
    except re.error as exc:
        raise argparse.ArgumentTypeError("bad pattern %r: %s" % (text, exc))
    return text


def build_parser():
    parser = argparse.ArgumentParser(prog="logq", description="Filter and summarise log files.")
    parser.add_argument("files", nargs="+", metavar="FILE", help="log files to read ('-' for stdin)")
    sel = parser.add_argument_group("selection")
    sel.add_argument("--level", type=_level_arg, help="minimum level (DEBUG..CRITICAL)")
    sel.add_argument("--only-level", type=_level_arg, action="append", metavar="LEVEL",
                     help="keep only this level (repeatable)")
    sel.add_argument("--since", type=_time_arg, metavar="TIME", help="keep records at or after TIME")
    sel.add_argument("--until", type=_time_arg, metavar="TIME", help="keep records before TIME")
    sel.add_argument("--logger", help="keep records of this logger and its children")
    sel.add_argument("--grep", type=_regex_arg, metavar="REGEX",
                     help="keep records whose message (with continuation lines) matches")
    sel.add_argument("--exclude", type=_regex_arg, metavar="REGEX", help="drop records that match")
    out = parser.add_argument_group("output")
    out.add_argument("--format", choices=["text", "json", "csv"], default="text")
    out.add_argument("--count", action="store_true", help="print counts instead of records")
    out.add_argument("--by", choices=["level", "logger", "source", "hour"], default="level",
                     help="grouping for --count (default: level)")
    out.add_argument("--head", type=int, metavar="N", help="print only the first N records")
    out.add_argument("--tail", type=int, metavar="N", help="print only the last N records")
    out.add_argument("--with-source", action="store_true", help="prefix records with file:line")
    parser.add_argument("--version", action="version", version="%(prog)s 1.4.0")
    return parser


def _check(args):
    if args.head is not None and args.tail is not None:
        raise UsageError("--head and --tail cannot be combined")
    for name in ("head", "tail"):
        value = getattr(args, name)
        if value is not None and value < 0:
            raise UsageError("--%s must not be negative" % name)
    if args.since and args.until and args.since >= args.until:
        raise UsageError("--since must be before --until")
    if args.count and args.format != "text":
        raise UsageError("--count only supports text output")


def load(files, stdin):
    records = []
    for name in files:
        if name == "-":
            records.extend(read_records(stdin, "<stdin>"))
            continue
        with open(name, encoding="utf-8", errors="replace") as fh:
            records.extend(read_records(fh, name))
    records.sort(key=lambda r: r.ts)
    return records


def main(argv=None, stdout=None, stderr=None, stdin=None):
    """Run logq; returns the process exit status."""
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return exc.code
    try:
        _check(args)
        records = load(args.files, stdin or sys.stdin)
    except UsageError as exc:
        stderr.write("logq: error: %s\n" % exc)
        return 2
    except OSError as exc:
        stderr.write("logq: %s\n" % exc)
        return 2
    selected = select(records, build_filters(args))
    if args.head is not None:
        selected = selected[:args.head]
    if args.tail is not None:
        selected = selected[len(selected) - args.tail:] if args.tail else []
    if args.count:
        write_counts(selected, stdout, args.by)
    elif args.format == "json":
        write_json(selected, stdout)
    elif args.format == "csv":
        write_csv(selected, stdout)
    else:
        write_text(selected, stdout, args.with_source)
    return 0
