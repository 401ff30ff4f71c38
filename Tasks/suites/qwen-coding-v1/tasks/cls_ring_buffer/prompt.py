from typing import Any, Iterable, Iterator


class RingBuffer:
    """A fixed-capacity FIFO buffer that overwrites its oldest item when full.

    - ``RingBuffer(capacity)``: capacity must be an int >= 1, else ValueError;
      available as the ``capacity`` attribute.
    - ``append(x)`` adds x as the newest item, discarding the oldest one if the
      buffer is full. ``extend(iterable)`` appends each item in turn.
    - ``len(rb)``; ``rb.full`` (property) is True when len equals capacity;
      ``clear()`` empties it.
    - Iterating yields the items from oldest to newest.
    - ``rb[i]`` with an int: index 0 is the oldest item and -1 the newest, as for
      lists; out of range raises IndexError. ``rb[a:b:c]`` with a slice returns a
      list, exactly like slicing ``list(rb)``.
    - ``rb == other``: with another RingBuffer, True when both capacity and items
      (in order) are equal; with a list, True when the items equal the list;
      anything else is not supported (``==`` gives False).

    >>> rb = RingBuffer(3)
    >>> rb.extend([1, 2, 3, 4])
    >>> list(rb), rb[0], rb[-1], rb[::-1]
    ([2, 3, 4], 2, 4, [4, 3, 2])
    >>> rb == [2, 3, 4], rb.full
    (True, True)
    """

    def __init__(self, capacity: int) -> None:
        """Create an empty buffer."""

    def append(self, item: Any) -> None:
        """Add item as the newest, dropping the oldest if full."""

    def extend(self, items: Iterable[Any]) -> None:
        """Append each item."""

    def clear(self) -> None:
        """Remove all items."""

    @property
    def full(self) -> bool:
        """True when the buffer holds capacity items."""

    def __len__(self) -> int:
        """Number of items."""

    def __iter__(self) -> Iterator[Any]:
        """Items from oldest to newest."""

    def __getitem__(self, index):
        """Item by position (0 = oldest) or list for a slice."""

    def __eq__(self, other: object) -> bool:
        """Compare with a RingBuffer or a list."""
