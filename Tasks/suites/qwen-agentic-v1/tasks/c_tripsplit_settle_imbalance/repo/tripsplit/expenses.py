"""Read expenses from a simple text file.

    # date       | payer | amount | what       | split
    2024-02-01   | Alice | 120.00 | groceries  | equal: Alice, Bob, Carol
    2024-02-02   | Bob   | 300.00 | chalet     | weights: Alice=2, Bob=2, Carol=1
    2024-02-03   | Carol |  50.00 | ski pass   | exact: Alice=20, Carol=30
    2024-02-04   | Alice |  90.00 | dinner     | items: Bob=30.00; rest: Alice, Carol

A line `currency: EUR` (default EUR) sets the currency of the whole file.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from tripsplit.money import MoneyError, parse_money
from tripsplit.splitting import SplitError, split_equal, split_exact, split_itemized, split_weighted


class ExpenseError(ValueError):
    pass


@dataclass(frozen=True)
class Expense:
    day: date
    payer: str
    amount: Decimal
    what: str
    shares: dict  # person -> share of the amount


def _names(text):
    return [name.strip() for name in text.split(",") if name.strip()]


def _pairs(text):
    pairs = {}
    for item in _names(text):
        name, sep, value = item.partition("=")
        if not sep:
            raise ExpenseError(f"expected NAME=VALUE, got {item!r}")
        pairs[name.strip()] = value.strip()
    return pairs


def _shares(kind, spec, amount, currency):
    if kind == "equal":
        return split_equal(amount, _names(spec), currency)
    if kind == "weights":
        try:
            weights = {name: Decimal(value) for name, value in _pairs(spec).items()}
        except InvalidOperation:
            raise ExpenseError(f"bad weight in {spec!r}") from None
        return split_weighted(amount, weights, currency)
    if kind == "exact":
        return split_exact(amount, _pairs(spec), currency)
    if kind == "items":
        items_text, sep, rest = spec.partition(";")
        rest = rest.strip()
        if not sep or not rest.startswith("rest:"):
            raise ExpenseError("itemized split needs '; rest: NAMES'")
        items = {name: parse_money(value, currency) for name, value in _pairs(items_text).items()}
        return split_itemized(amount, items, _names(rest[len("rest:"):]), currency)
    raise ExpenseError(f"unknown split kind {kind!r}")


def parse_expenses(text):
    currency = "EUR"
    expenses = []
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.lower().startswith("currency:"):
            currency = line.split(":", 1)[1].strip().upper()
            continue
        fields = [f.strip() for f in line.split("|")]
        if len(fields) != 5:
            raise ExpenseError(f"line {lineno}: expected 5 fields separated by '|'")
        day_text, payer, amount_text, what, split = fields
        kind, sep, spec = split.partition(":")
        if not sep:
            raise ExpenseError(f"line {lineno}: split must look like KIND: ...")
        try:
            day = date.fromisoformat(day_text)
            amount = parse_money(amount_text, currency)
            shares = _shares(kind.strip().lower(), spec, amount, currency)
        except (ValueError, MoneyError, SplitError) as exc:
            raise ExpenseError(f"line {lineno}: {exc}") from None
        expenses.append(Expense(day, payer, amount, what, shares))
    return currency, expenses
