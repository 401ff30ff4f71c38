import os
import tempfile
import unittest

from evstore import (Account, BalanceProjection, Bank, ConcurrencyError, InMemoryEventStore,
                     JsonlEventStore, Repository, new_event)
from evstore.tools import copy_store


def events(stream, *amounts):
    return [new_event(stream, "Deposited", amount=a) for a in amounts]


class StoreContract:
    def make_store(self):
        raise NotImplementedError

    def test_append_returns_new_version(self):
        store = self.make_store()
        self.assertEqual(store.append("s-1", events("s-1", 1, 2), 0), 2)
        self.assertEqual(store.append("s-1", events("s-1", 3), expected_version=2), 3)
        self.assertEqual([e.version for e in store.load("s-1")], [1, 2, 3])

    def test_stale_expected_version_is_refused_and_nothing_written(self):
        store = self.make_store()
        seen = []
        store.subscribe(seen.append)
        store.append("s-1", events("s-1", 1, 2), expected_version=0)
        for stale in (0, 1, 5):
            with self.assertRaises(ConcurrencyError):
                store.append("s-1", events("s-1", 9), expected_version=stale)
        self.assertEqual(store.stream_version("s-1"), 2)
        self.assertEqual(len(store.all_events()), 2)
        self.assertEqual(len(seen), 2)

    def test_new_stream_must_expect_zero(self):
        store = self.make_store()
        with self.assertRaises(ConcurrencyError):
            store.append("s-2", events("s-2", 1), expected_version=1)
        self.assertEqual(store.stream_version("s-2"), 0)

    def test_lost_update_is_prevented(self):
        store = self.make_store()
        Bank(store).open_account("a", "Ann", initial=100)
        first, second = Repository(store, Account), Repository(store, Account)
        one, two = first.get("a"), second.get("a")
        one.withdraw(80)
        two.withdraw(80)
        first.save(one)
        with self.assertRaises(ConcurrencyError):
            second.save(two)
        self.assertEqual(Bank(store).balance("a"), 20)

    def test_saving_the_same_aggregate_again(self):
        store = self.make_store()
        bank = Bank(store)
        bank.open_account("a", "Ann")
        repo = Repository(store, Account)
        acc = repo.get("a")
        acc.deposit(5)
        repo.save(acc)
        acc.deposit(7)
        repo.save(acc)
        self.assertEqual(acc.version, 3)
        self.assertEqual(store.stream_version("account-a"), 3)
        self.assertEqual(bank.balance("a"), 12)

    def test_opening_an_existing_account_fails(self):
        store = self.make_store()
        bank = Bank(store)
        bank.open_account("a", "Ann", initial=10)
        with self.assertRaises(ConcurrencyError):
            bank.open_account("a", "Impostor", initial=99)
        self.assertEqual(store.stream_version("account-a"), 2)
        self.assertEqual(bank.balance("a"), 10)

    def test_bank_flow_and_projection(self):
        store = self.make_store()
        projection = BalanceProjection(store)
        bank = Bank(store)
        bank.open_account("a", "Ann", initial=50)
        bank.open_account("b", "Bob")
        bank.transfer("a", "b", 20)
        bank.withdraw("b", 5)
        self.assertEqual(projection.balances, {"a": 30, "b": 15})
        self.assertEqual((bank.balance("a"), bank.balance("b")), (30, 15))


class MemoryStoreTests(StoreContract, unittest.TestCase):
    def make_store(self):
        return InMemoryEventStore()


class FileStoreTests(StoreContract, unittest.TestCase):
    def make_store(self):
        tmp = tempfile.TemporaryDirectory()
        self.addCleanup(tmp.cleanup)
        return JsonlEventStore(os.path.join(tmp.name, "events.jsonl"))

    def test_conflict_leaves_file_untouched(self):
        store = self.make_store()
        store.append("s-1", events("s-1", 1), expected_version=0)
        with self.assertRaises(ConcurrencyError):
            store.append("s-1", events("s-1", 2), expected_version=0)
        reopened = JsonlEventStore(store.path)
        self.assertEqual([e.data["amount"] for e in reopened.load("s-1")], [1])


class CopyTests(unittest.TestCase):
    def test_copy_store_still_works(self):
        with tempfile.TemporaryDirectory() as tmp:
            source = JsonlEventStore(os.path.join(tmp, "e.jsonl"))
            bank = Bank(source)
            bank.open_account("x", "Xi", initial=40)
            bank.open_account("y", "Yo", initial=2)
            bank.transfer("x", "y", 15)
            target = InMemoryEventStore()
            self.assertEqual(copy_store(source, target), 6)
            self.assertEqual((Bank(target).balance("x"), Bank(target).balance("y")), (25, 17))
            Bank(target).deposit("x", 1)
            self.assertEqual(target.stream_version("account-x"), 4)


if __name__ == "__main__":
    unittest.main()
