"""A bank account, the example aggregate."""

from .aggregate import Aggregate


class AccountError(Exception):
    pass


class Account(Aggregate):
    stream_prefix = "account"

    def __init__(self, aggregate_id):
        super().__init__(aggregate_id)
        self.owner = None
        self.balance = 0
        self.is_open = False

    # commands ---------------------------------------------------------------

    def open(self, owner):
        if self.is_open or self.version or self.pending:
            raise AccountError("account %s already exists" % self.id)
        self.raise_event("Opened", owner=owner)

    def deposit(self, amount):
        self._check_open()
        if amount <= 0:
            raise AccountError("deposit must be positive")
        self.raise_event("Deposited", amount=amount)

    def withdraw(self, amount):
        self._check_open()
        if amount <= 0:
            raise AccountError("withdrawal must be positive")
        if amount > self.balance:
            raise AccountError("insufficient funds: balance %d, asked %d" % (self.balance, amount))
        self.raise_event("Withdrawn", amount=amount)

    def close(self):
        self._check_open()
        if self.balance:
            raise AccountError("cannot close an account holding %d" % self.balance)
        self.raise_event("Closed")

    def _check_open(self):
        if not self.is_open:
            raise AccountError("account %s is not open" % self.id)

    # event handlers ---------------------------------------------------------

    def when_Opened(self, data):
        self.owner = data["owner"]
        self.is_open = True

    def when_Deposited(self, data):
        self.balance += data["amount"]

    def when_Withdrawn(self, data):
        self.balance -= data["amount"]

    def when_Closed(self, data):
        self.is_open = False
