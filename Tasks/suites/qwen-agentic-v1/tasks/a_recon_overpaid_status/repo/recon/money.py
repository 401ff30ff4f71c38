"""Helpers for amounts of money (always :class:`decimal.Decimal`)."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal("0")


def to_cents(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_money(value):
    """``Decimal('-1234.5')`` -> ``'-1,234.50'``."""
    value = to_cents(value)
    sign = "-" if value < 0 else ""
    whole, frac = ("%.2f" % abs(value)).split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return "%s%s.%s" % (sign, ",".join(groups), frac)
