"""From expenses to net balances to a short list of transfers."""

from decimal import Decimal


class ImbalanceError(ArithmeticError):
    pass


def balances(expenses):
    """{person: net amount}; positive means the group owes them money."""
    net = {}
    for expense in expenses:
        net[expense.payer] = net.get(expense.payer, Decimal(0)) + expense.amount
        for person, share in expense.shares.items():
            net[person] = net.get(person, Decimal(0)) - share
    return net


def settle(net):
    """Return [(debtor, creditor, amount)] that brings every balance to zero.

    Greedy: the largest debtor pays the largest creditor, which needs at most
    n - 1 transfers. Ties are broken by name so the result is deterministic.
    """
    total = sum(net.values(), Decimal(0))
    if total != 0:
        raise ImbalanceError(f"balances do not sum to zero (off by {total})")
    debtors = {p: -v for p, v in net.items() if v < 0}
    creditors = {p: v for p, v in net.items() if v > 0}
    transfers = []
    while debtors and creditors:
        debtor = max(sorted(debtors), key=lambda p: debtors[p])
        creditor = max(sorted(creditors), key=lambda p: creditors[p])
        amount = min(debtors[debtor], creditors[creditor])
        transfers.append((debtor, creditor, amount))
        debtors[debtor] -= amount
        creditors[creditor] -= amount
        if not debtors[debtor]:
            del debtors[debtor]
        if not creditors[creditor]:
            del creditors[creditor]
    return transfers
