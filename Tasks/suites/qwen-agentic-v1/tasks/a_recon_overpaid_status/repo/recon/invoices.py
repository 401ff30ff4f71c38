"""Invoices and the payments applied to them."""

from decimal import Decimal

from .money import ZERO, format_money


class Invoice:
    def __init__(self, number, customer, total):
        if not isinstance(total, Decimal):
            raise TypeError("invoice totals must be Decimal")
        self.number = number
        self.customer = customer
        self.total = total
        self.payments = []

    def pay(self, amount, source=None):
        self.payments.append((amount, source))

    def paid(self):
        return sum((amount for amount, _ in self.payments), ZERO)

    def balance(self):
        """Amount still owed; negative when the customer paid too much."""
        return self.total - self.paid()

    def status(self):
        balance = self.balance()
        if not self.payments:
            return "open"
        if balance == 0:
            return "paid"
        if balance < 0:
            return "overpaid"
        return "partial"

    def __repr__(self):
        return "Invoice(%s, %s, %s)" % (self.number, self.customer, format_money(self.total))


class InvoiceBook:
    def __init__(self, invoices=()):
        self._by_number = {}
        for inv in invoices:
            self.add(inv)

    def add(self, invoice):
        if invoice.number in self._by_number:
            raise ValueError("duplicate invoice %s" % invoice.number)
        self._by_number[invoice.number] = invoice

    def get(self, number):
        return self._by_number.get(number)

    def __iter__(self):
        return iter(sorted(self._by_number.values(), key=lambda i: i.number))

    def outstanding(self):
        return sum((max(inv.balance(), ZERO) for inv in self), ZERO)
