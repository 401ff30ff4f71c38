"""ratewatch --window SECONDS --limit N LOGFILE"""

import argparse
import sys
from datetime import datetime, timezone

from ratewatch.audit import audit, peak_counts
from ratewatch.logparse import LogError, read_requests


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="ratewatch")
    parser.add_argument("log")
    parser.add_argument("--window", type=float, required=True, help="window length in seconds")
    parser.add_argument("--limit", type=int, required=True, help="requests allowed per window")
    parser.add_argument("--top", type=int, default=5, help="clients to list in the summary")
    args = parser.parse_args(argv)
    try:
        with open(args.log, encoding="utf-8") as fh:
            requests = read_requests(fh)
    except (OSError, LogError) as exc:
        print(f"ratewatch: {exc}", file=stderr)
        return 2
    violations = audit(requests, args.window, args.limit)
    for v in violations:
        when = datetime.fromtimestamp(v.timestamp, timezone.utc).isoformat(timespec="milliseconds")
        print(f"{when} {v.client} {v.count}/{args.limit}", file=stdout)
    peaks = peak_counts(requests, args.window)
    busiest = sorted(peaks.items(), key=lambda item: (-item[1], item[0]))[:args.top]
    print(f"{len(violations)} request(s) over the limit; peak per client: "
          + ", ".join(f"{client}={peak}" for client, peak in busiest), file=stdout)
    return 1 if violations else 0
