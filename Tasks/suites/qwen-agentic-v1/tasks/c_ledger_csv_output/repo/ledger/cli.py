"""ledger -f JOURNAL balance [--depth N] [--begin DATE] [--end DATE]
ledger -f JOURNAL register ACCOUNT [--begin DATE] [--end DATE]"""

import argparse
import sys
from datetime import date

from ledger.journal import JournalError, parse_journal
from ledger.reports import balance_rows, register_rows, render_balance, render_register


def build_parser():
    parser = argparse.ArgumentParser(prog="ledger")
    parser.add_argument("-f", "--file", required=True, help="journal file")
    sub = parser.add_subparsers(dest="command", required=True)
    bal = sub.add_parser("balance", aliases=["bal"], help="account balances")
    bal.add_argument("--depth", type=int, help="hide accounts deeper than N levels")
    reg = sub.add_parser("register", aliases=["reg"], help="postings of one account")
    reg.add_argument("account")
    for p in (bal, reg):
        p.add_argument("--begin", type=date.fromisoformat, help="first date to include")
        p.add_argument("--end", type=date.fromisoformat, help="first date to exclude")
    return parser


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as fh:
            transactions = parse_journal(fh.read())
    except OSError as exc:
        print(f"ledger: {args.file}: {exc.strerror}", file=stderr)
        return 2
    except JournalError as exc:
        print(f"ledger: {args.file}: {exc}", file=stderr)
        return 2
    if args.command in ("balance", "bal"):
        text = render_balance(balance_rows(transactions, args.begin, args.end, args.depth))
    else:
        text = render_register(register_rows(transactions, args.account, args.begin, args.end))
    if text:
        print(text, file=stdout)
    return 0
