from typing import Any, Iterable, List


class Peekable:
    """Wrap an iterable in an iterator that supports lookahead.

    - ``iter(p)`` returns ``p`` itself; ``next(p)`` returns the next item.
    - ``peek(default=<no default>)`` returns the next item without consuming it.
      If there is none, it returns ``default`` when given, else raises StopIteration.
    - ``peek_n(n)`` returns a list of the next ``n`` items (fewer if the input runs
      out) without consuming them; ``n`` must be >= 0, else ValueError.
    - ``prepend(*items)`` makes ``items`` the next items returned, in the given
      order, ahead of everything else (including already peeked items).
    - ``bool(p)`` is True when at least one more item is available (whatever its
      value) and consumes nothing.
    - The wrapped iterable is read lazily: never further than needed to answer
      the call being made (``peek`` and ``bool`` read at most one item,
      ``peek_n(n)`` at most n).

    >>> p = Peekable(iter([1, 2, 3]))
    >>> p.peek(), next(p), p.peek_n(5), list(p), p.peek("end")
    (1, 1, [2, 3], [2, 3], 'end')
    >>> q = Peekable("cd"); q.prepend("a", "b"); "".join(q)
    'abcd'
    """

    def __init__(self, iterable: Iterable[Any]) -> None:
        """Wrap iterable."""

    def __iter__(self) -> "Peekable":
        """Return self."""

    def __next__(self) -> Any:
        """Return the next item."""

    def peek(self, *default: Any) -> Any:
        """Next item without consuming it (or default)."""

    def peek_n(self, n: int) -> List[Any]:
        """Up to n upcoming items without consuming them."""

    def prepend(self, *items: Any) -> None:
        """Make items the next ones returned, in order."""

    def __bool__(self) -> bool:
        """True if another item is available."""
