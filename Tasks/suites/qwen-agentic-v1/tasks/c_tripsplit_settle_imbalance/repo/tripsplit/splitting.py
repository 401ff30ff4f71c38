"""Ways of dividing one expense among participants.

Every function returns {person: share} where the shares are amounts in the
expense's currency.
"""

from decimal import Decimal

from tripsplit.money import MoneyError, round_money


class SplitError(ValueError):
    pass


def allocate(total, weights, currency):
    """Divide `total` in proportion to `weights` (a list of non-negative numbers)."""
    if not weights:
        raise SplitError("nobody to split between")
    if any(w < 0 for w in weights):
        raise SplitError("weights must not be negative")
    weight_sum = sum(weights)
    if weight_sum == 0:
        raise SplitError("weights must not all be zero")
    return [round_money(total * Decimal(w) / Decimal(weight_sum), currency) for w in weights]


def split_equal(total, people, currency):
    if len(set(people)) != len(people):
        raise SplitError("a person is listed twice")
    return dict(zip(people, allocate(total, [1] * len(people), currency)))


def split_weighted(total, weights, currency):
    """`weights` is {person: weight}, e.g. nights stayed or adults per family."""
    people = list(weights)
    return dict(zip(people, allocate(total, [weights[p] for p in people], currency)))


def split_exact(total, amounts, currency):
    """Explicit amounts per person; they must add up to the total."""
    shares = {}
    for person, amount in amounts.items():
        try:
            shares[person] = round_money(Decimal(amount), currency)
        except (ArithmeticError, MoneyError) as exc:
            raise SplitError(f"bad amount for {person}: {exc}") from None
    if sum(shares.values()) != total:
        raise SplitError(f"exact amounts add up to {sum(shares.values())}, not {total}")
    return shares


def split_itemized(total, items, rest_people, currency):
    """Some people pay for their own items; what is left is shared equally by `rest_people`."""
    shares = {}
    for person, amount in items.items():
        shares[person] = shares.get(person, Decimal(0)) + amount
    remaining = total - sum(shares.values())
    if remaining < 0:
        raise SplitError("items cost more than the total")
    if remaining:
        for person, share in split_equal(remaining, rest_people, currency).items():
            shares[person] = shares.get(person, Decimal(0)) + share
    return shares
