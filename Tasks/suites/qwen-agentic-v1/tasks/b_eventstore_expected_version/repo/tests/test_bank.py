import os
import tempfile
import unittest

from evstore import (AccountError, BalanceProjection, Bank, InMemoryEventStore, JsonlEventStore,
                     NotFound)
from evstore.tools import copy_store, replay


class BankTests(unittest.TestCase):
    def setUp(self):
        self.store = InMemoryEventStore()
        self.bank = Bank(self.store)
        self.bank.open_account("a", "Ann", initial=100)
        self.bank.open_account("b", "Bob")

    def test_balances(self):
        self.assertEqual(self.bank.deposit("b", 30), 30)
        self.assertEqual(self.bank.withdraw("a", 40), 60)
        self.assertEqual(self.bank.balance("a"), 60)

    def test_events_are_numbered(self):
        self.bank.deposit("a", 5)
        events = self.store.load("account-a")
        self.assertEqual([(e.type, e.version) for e in events],
                         [("Opened", 1), ("Deposited", 2), ("Deposited", 3)])
        self.assertEqual([e.position for e in self.store.all_events()], [1, 2, 3, 4])
        self.assertEqual(self.store.stream_version("account-a"), 3)

    def test_transfer(self):
        self.bank.transfer("a", "b", 25)
        self.assertEqual((self.bank.balance("a"), self.bank.balance("b")), (75, 25))

    def test_rules(self):
        with self.assertRaises(AccountError):
            self.bank.withdraw("b", 1)
        with self.assertRaises(AccountError):
            self.bank.deposit("a", 0)
        with self.assertRaises(NotFound):
            self.bank.balance("zzz")

    def test_projection_catches_up_and_follows(self):
        projection = BalanceProjection(self.store)
        self.assertEqual(projection.balances, {"a": 100, "b": 0})
        self.bank.transfer("a", "b", 10)
        self.assertEqual(projection.balances, {"a": 90, "b": 10})
        self.assertEqual(projection.total(), 100)


class FileStoreTests(unittest.TestCase):
    def test_persists_and_copies(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "events.jsonl")
            bank = Bank(JsonlEventStore(path))
            bank.open_account("x", "Xi", initial=50)
            bank.withdraw("x", 20)
            reopened = JsonlEventStore(path)
            self.assertEqual(Bank(reopened).balance("x"), 30)
            self.assertEqual(reopened.stream_version("account-x"), 3)
            memory = InMemoryEventStore()
            self.assertEqual(copy_store(reopened, memory), 3)
            self.assertEqual(Bank(memory).balance("x"), 30)
            projection = BalanceProjection()
            self.assertEqual(replay(memory, projection), 3)
            self.assertEqual(projection.balances, {"x": 30})


if __name__ == "__main__":
    unittest.main()
