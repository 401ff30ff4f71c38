from typing import Any, Iterator


class BoundedStack:
    """A LIFO stack that holds at most ``capacity`` items.

    - ``BoundedStack(capacity)``: capacity must be an int >= 1, else ValueError.
      The ``capacity`` attribute holds it.
    - ``push(item)`` puts item on top. If the stack was already full, the
      bottom-most (oldest) item is discarded to make room and returned;
      otherwise ``push`` returns None.
    - ``pop()`` removes and returns the top item; ``peek()`` returns it without
      removing. Both raise IndexError on an empty stack.
    - ``len(stack)``, ``bool(stack)`` (False when empty), ``item in stack``.
    - Iterating yields the items from top to bottom without changing the stack.
    - ``clear()`` empties the stack.

    >>> s = BoundedStack(2)
    >>> s.push("a"), s.push("b"), s.push("c")
    (None, None, 'a')
    >>> list(s), s.pop(), len(s)
    (['c', 'b'], 'c', 1)
    """

    def __init__(self, capacity: int) -> None:
        """Create an empty stack with the given capacity."""

    def push(self, item: Any) -> Any:
        """Push item; return the discarded bottom item if the stack was full, else None."""

    def pop(self) -> Any:
        """Remove and return the top item."""

    def peek(self) -> Any:
        """Return the top item without removing it."""

    def clear(self) -> None:
        """Remove all items."""

    def __len__(self) -> int:
        """Number of items."""

    def __bool__(self) -> bool:
        """True when not empty."""

    def __contains__(self, item: Any) -> bool:
        """True if item is in the stack."""

    def __iter__(self) -> Iterator[Any]:
        """Items from top to bottom."""
