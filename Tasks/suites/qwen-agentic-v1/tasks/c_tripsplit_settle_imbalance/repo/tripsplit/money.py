"""Money amounts are Decimals with a fixed number of places per currency."""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

PLACES = {"EUR": 2, "USD": 2, "GBP": 2, "CHF": 2, "JPY": 0, "KWD": 3}


class MoneyError(ValueError):
    pass


def unit(currency):
    """The smallest amount of `currency`: Decimal('0.01') for EUR, Decimal('1') for JPY."""
    try:
        return Decimal(1).scaleb(-PLACES[currency])
    except KeyError:
        raise MoneyError(f"unknown currency {currency!r}") from None


def round_money(amount, currency):
    return amount.quantize(unit(currency), rounding=ROUND_HALF_UP)


def parse_money(text, currency):
    """'1,234.5' -> Decimal('1234.50') for EUR. Refuses more decimals than the currency has."""
    cleaned = text.strip().replace(",", "").replace("_", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise MoneyError(f"not an amount: {text!r}") from None
    if not value.is_finite():
        raise MoneyError(f"not an amount: {text!r}")
    if value != round_money(value, currency):
        raise MoneyError(f"{text!r} has more decimals than {currency} allows")
    return round_money(value, currency)


def format_money(amount, currency):
    return f"{round_money(amount, currency):,} {currency}"
