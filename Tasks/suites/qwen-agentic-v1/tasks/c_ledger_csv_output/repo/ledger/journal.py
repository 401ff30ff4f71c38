"""Parse journal text into transactions.

    2024-01-05 Salary
        assets:bank          2,500.00 EUR
        income:salary

A posting may leave out its amount when it is the only one in the transaction
without an amount; it then receives whatever balances the transaction.
"""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

HEADER = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(.*\S)\s*$")
POSTING = re.compile(r"^\s+(\S(?:.*?\S)?)(?:\s{2,}|\t)(-?[\d,]*\.?\d+)\s+([A-Z]{3})\s*$")
POSTING_NO_AMOUNT = re.compile(r"^\s+(\S(?:.*?\S)?)\s*$")


class JournalError(ValueError):
    pass


@dataclass(frozen=True)
class Posting:
    account: str
    amount: Decimal
    commodity: str


@dataclass(frozen=True)
class Transaction:
    date: date
    description: str
    postings: tuple


def parse_amount(text, lineno):
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise JournalError(f"line {lineno}: bad amount {text!r}") from None


def _finish(header, postings, lineno):
    day, description, start = header
    if len(postings) < 2:
        raise JournalError(f"line {start}: a transaction needs at least two postings")
    missing = [p for p in postings if p[1] is None]
    if len(missing) > 1:
        raise JournalError(f"line {start}: only one posting may omit its amount")
    totals = {}
    for _, amount, commodity in postings:
        if amount is not None:
            totals[commodity] = totals.get(commodity, Decimal(0)) + amount
    result = []
    for account, amount, commodity in postings:
        if amount is None:
            unbalanced = {c: t for c, t in totals.items() if t}
            if len(unbalanced) != 1:
                raise JournalError(f"line {start}: cannot infer the missing amount")
            (commodity, total), = unbalanced.items()
            amount = -total
            totals[commodity] = Decimal(0)
        result.append(Posting(account, amount, commodity))
    if any(totals.values()):
        off = ", ".join(f"{t} {c}" for c, t in sorted(totals.items()) if t)
        raise JournalError(f"line {start}: transaction does not balance (off by {off})")
    return Transaction(day, description, tuple(result))


def parse_journal(text):
    transactions = []
    header, postings = None, []
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.split(";", 1)[0].rstrip()
        if not stripped:
            continue
        m = HEADER.match(stripped)
        if m:
            if header:
                transactions.append(_finish(header, postings, lineno))
            try:
                day = date.fromisoformat(m.group(1))
            except ValueError:
                raise JournalError(f"line {lineno}: bad date {m.group(1)!r}") from None
            header, postings = (day, m.group(2), lineno), []
            continue
        if header is None:
            raise JournalError(f"line {lineno}: posting outside a transaction")
        m = POSTING.match(stripped)
        if m:
            postings.append((m.group(1), parse_amount(m.group(2), lineno), m.group(3)))
            continue
        m = POSTING_NO_AMOUNT.match(stripped)
        if m:
            postings.append((m.group(1), None, None))
            continue
        raise JournalError(f"line {lineno}: cannot parse {line.strip()!r}")
    if header:
        transactions.append(_finish(header, postings, len(text.splitlines())))
    transactions.sort(key=lambda t: t.date)
    return transactions
