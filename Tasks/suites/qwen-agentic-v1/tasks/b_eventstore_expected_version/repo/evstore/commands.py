"""Application services: the only code that loads, changes and saves accounts."""

from .account import Account
from .repository import Repository


class Bank:
    def __init__(self, store):
        self.accounts = Repository(store, Account)

    def open_account(self, account_id, owner, initial=0):
        account = self.accounts.new(account_id)
        account.open(owner)
        if initial:
            account.deposit(initial)
        self.accounts.save(account)
        return account

    def deposit(self, account_id, amount):
        account = self.accounts.get(account_id)
        account.deposit(amount)
        self.accounts.save(account)
        return account.balance

    def withdraw(self, account_id, amount):
        account = self.accounts.get(account_id)
        account.withdraw(amount)
        self.accounts.save(account)
        return account.balance

    def transfer(self, from_id, to_id, amount):
        source = self.accounts.get(from_id)
        target = self.accounts.get(to_id)
        source.withdraw(amount)
        target.deposit(amount)
        self.accounts.save(source)
        self.accounts.save(target)

    def balance(self, account_id):
        return self.accounts.get(account_id).balance
