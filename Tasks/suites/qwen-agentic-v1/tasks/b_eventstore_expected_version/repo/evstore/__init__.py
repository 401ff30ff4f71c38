"""evstore: a small event-sourcing toolkit."""

from .account import Account, AccountError
from .commands import Bank
from .events import Event, new_event
from .projections import BalanceProjection
from .repository import NotFound, Repository
from .store import InMemoryEventStore, JsonlEventStore, StoreError

__all__ = ["Account", "AccountError", "Bank", "Event", "new_event", "BalanceProjection",
           "NotFound", "Repository", "InMemoryEventStore", "JsonlEventStore", "StoreError"]
