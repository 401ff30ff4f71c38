"""logrecap [--timeout MINUTES] LOGFILE..."""

import argparse
import sys
from datetime import timedelta

from logrecap.records import LogLineError, read_requests
from logrecap.report import render
from logrecap.sessions import SessionError, sessionize


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="logrecap")
    parser.add_argument("logs", nargs="+", metavar="LOGFILE")
    parser.add_argument("--timeout", type=int, default=30, help="session timeout in minutes")
    args = parser.parse_args(argv)
    requests = []
    try:
        for path in args.logs:
            with open(path, encoding="utf-8") as fh:
                requests.extend(read_requests(fh))
        sessions = sessionize(requests, timedelta(minutes=args.timeout))
    except (OSError, LogLineError, SessionError) as exc:
        print(f"logrecap: error: {exc}", file=stderr)
        return 1
    print(render(requests, sessions), file=stdout)
    return 0
