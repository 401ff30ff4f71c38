"""tripsplit FILE: print balances and the transfers that settle them."""

import argparse
import sys

from tripsplit.expenses import ExpenseError, parse_expenses
from tripsplit.money import format_money
from tripsplit.settlement import ImbalanceError, balances, settle


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="tripsplit")
    parser.add_argument("file")
    args = parser.parse_args(argv)
    try:
        with open(args.file, encoding="utf-8") as fh:
            currency, expenses = parse_expenses(fh.read())
        net = balances(expenses)
        transfers = settle(net)
    except (OSError, ExpenseError, ImbalanceError) as exc:
        print(f"tripsplit: error: {exc}", file=stderr)
        return 1
    print("balances:", file=stdout)
    for person in sorted(net):
        print(f"  {person:<12} {format_money(net[person], currency):>14}", file=stdout)
    print("transfers:", file=stdout)
    for debtor, creditor, amount in transfers:
        print(f"  {debtor} -> {creditor}: {format_money(amount, currency)}", file=stdout)
    return 0
