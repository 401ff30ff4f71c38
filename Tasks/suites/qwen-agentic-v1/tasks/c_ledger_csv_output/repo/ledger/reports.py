"""Balance and register reports."""

from collections import defaultdict
from decimal import Decimal

PLACES = {"JPY": 0}  # decimal places per commodity; 2 when not listed


def quantize(amount, commodity):
    places = PLACES.get(commodity, 2)
    return amount.quantize(Decimal(1).scaleb(-places))


def format_amount(amount, commodity):
    """1234.5 EUR -> '1,234.50 EUR' (for people, not for machines)."""
    return f"{quantize(amount, commodity):,} {commodity}"


def parents(account):
    parts = account.split(":")
    return [":".join(parts[:i]) for i in range(1, len(parts) + 1)]


def balances(transactions, start=None, end=None):
    """{account: {commodity: total}}, including parent accounts, for dates in [start, end)."""
    totals = defaultdict(lambda: defaultdict(Decimal))
    for tx in transactions:
        if (start and tx.date < start) or (end and tx.date >= end):
            continue
        for posting in tx.postings:
            for name in parents(posting.account):
                totals[name][posting.commodity] += posting.amount
    return {account: dict(amounts) for account, amounts in totals.items()}


def balance_rows(transactions, start=None, end=None, depth=None):
    """Sorted (account, commodity, amount) rows, leaving out zero totals."""
    rows = []
    for account, amounts in sorted(balances(transactions, start, end).items()):
        if depth is not None and account.count(":") >= depth:
            continue
        for commodity, amount in sorted(amounts.items()):
            if amount:
                rows.append((account, commodity, quantize(amount, commodity)))
    return rows


def register_rows(transactions, account, start=None, end=None):
    """(date, description, account, commodity, amount, running balance) for postings under `account`."""
    running = defaultdict(Decimal)
    rows = []
    for tx in transactions:
        if end and tx.date >= end:
            break
        for posting in tx.postings:
            if posting.account != account and not posting.account.startswith(account + ":"):
                continue
            running[posting.commodity] += posting.amount
            if start and tx.date < start:
                continue
            rows.append((tx.date, tx.description, posting.account, posting.commodity,
                         quantize(posting.amount, posting.commodity),
                         quantize(running[posting.commodity], posting.commodity)))
    return rows


def render_balance(rows):
    lines = []
    for account, commodity, amount in rows:
        indent = "  " * account.count(":")
        name = account.rsplit(":", 1)[-1]
        lines.append(f"{format_amount(amount, commodity):>20}  {indent}{name}")
    return "\n".join(lines)


def render_register(rows):
    lines = []
    for day, description, account, commodity, amount, balance in rows:
        lines.append(f"{day.isoformat()} {description[:24]:<24} {account[:22]:<22} "
                     f"{format_amount(amount, commodity):>16} {format_amount(balance, commodity):>16}")
    return "\n".join(lines)
