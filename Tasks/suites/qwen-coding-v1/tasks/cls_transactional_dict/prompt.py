from collections.abc import MutableMapping
from typing import Any, ContextManager, Iterator, Mapping, Optional


class TransactionalDict(MutableMapping):
    """A dict-like mapping with nested transactions.

    - ``TransactionalDict(data=None)`` starts with the items of the optional mapping.
      It supports the usual mapping protocol: ``d[k]``, ``d[k] = v``, ``del d[k]``
      (KeyError if missing), ``len``, ``in``, iteration in insertion order, and
      the MutableMapping mixin methods (``get``, ``items``, ``pop``, ``update``...).
    - ``begin()`` opens a (possibly nested) transaction. ``commit()`` closes the
      innermost one keeping its changes; ``rollback()`` closes it restoring the
      content exactly as it was at the matching ``begin()``, including the
      insertion order of the keys. ``commit`` or ``rollback`` with no open
      transaction raise RuntimeError. ``depth`` (property) is the number of open
      transactions.
    - Committed changes of an inner transaction are still undone if an enclosing
      transaction is rolled back.
    - ``transaction()`` returns a context manager: entering calls ``begin()``;
      leaving normally calls ``commit()``; leaving with an exception calls
      ``rollback()`` and lets the exception propagate. Changes are visible
      immediately inside the block.
    - Values themselves are not copied: only changes made through the mapping
      operations are rolled back.

    >>> d = TransactionalDict({"a": 1, "b": 2})
    >>> try:
    ...     with d.transaction():
    ...         del d["a"]; d["a"] = 10; d["c"] = 3
    ...         raise ValueError
    ... except ValueError:
    ...     pass
    >>> list(d.items())
    [('a', 1), ('b', 2)]
    """

    def __init__(self, data: Optional[Mapping] = None) -> None:
        """Create the mapping with optional initial items."""

    def __getitem__(self, key: Any) -> Any:
        """Value for key."""

    def __setitem__(self, key: Any, value: Any) -> None:
        """Set key to value."""

    def __delitem__(self, key: Any) -> None:
        """Delete key."""

    def __iter__(self) -> Iterator[Any]:
        """Keys in insertion order."""

    def __len__(self) -> int:
        """Number of keys."""

    def begin(self) -> None:
        """Open a transaction."""

    def commit(self) -> None:
        """Close the innermost transaction keeping its changes."""

    def rollback(self) -> None:
        """Close the innermost transaction undoing its changes."""

    @property
    def depth(self) -> int:
        """Number of open transactions."""

    def transaction(self) -> ContextManager["TransactionalDict"]:
        """Context manager wrapping begin/commit/rollback."""
