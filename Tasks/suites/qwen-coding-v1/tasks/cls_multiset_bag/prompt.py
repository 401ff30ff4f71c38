from typing import Hashable, Iterable, Iterator


class Bag:
    """A multiset of hashable items that remembers first-insertion order.

    - ``Bag(iterable=())`` adds every item of iterable once.
    - ``add(x, n=1)`` adds n copies (n >= 1, else ValueError). ``discard(x, n=1)``
      removes up to n copies (never going below zero; absent items are fine).
      An item whose count drops to 0 is forgotten: adding it again later puts it
      at the end of the order.
    - ``count(x)``: number of copies (0 if absent). ``x in bag``: count > 0.
      ``distinct()``: number of different items.
    - ``len(bag)``: total number of copies. Iterating yields every item repeated
      ``count`` times, items grouped, in first-insertion order.
    - ``a + b`` (sum of counts), ``a - b`` (difference, items with a count <= 0
      disappear), ``a & b`` (minimum of counts, items missing from either
      disappear), ``a | b`` (maximum of counts) all return new Bags. Their order is:
      the left operand's items in its order, then the right operand's new items
      in its order.
    - ``a == b``: same counts, order ignored. ``a <= b``: every count in a is <=
      the count in b. Comparing with a non-Bag is not supported (``==`` gives False).

    >>> b = Bag("abca")
    >>> list(b), len(b), b.count("a"), b.distinct()
    (['a', 'a', 'b', 'c'], 4, 2, 3)
    >>> list(b - Bag("aab")), list(Bag("xy") | Bag("yyz"))
    (['c'], ['x', 'y', 'y', 'z'])
    """

    def __init__(self, iterable: Iterable[Hashable] = ()) -> None:
        """Create a bag from an iterable."""

    def add(self, item: Hashable, n: int = 1) -> None:
        """Add n copies."""

    def discard(self, item: Hashable, n: int = 1) -> None:
        """Remove up to n copies."""

    def count(self, item: Hashable) -> int:
        """Copies of item."""

    def distinct(self) -> int:
        """Number of different items."""

    def __len__(self) -> int:
        """Total number of copies."""

    def __contains__(self, item: object) -> bool:
        """True if at least one copy."""

    def __iter__(self) -> Iterator[Hashable]:
        """Every copy, grouped by item in first-insertion order."""

    def __add__(self, other: "Bag") -> "Bag":
        """Sum of counts."""

    def __sub__(self, other: "Bag") -> "Bag":
        """Difference of counts, dropping non-positive."""

    def __and__(self, other: "Bag") -> "Bag":
        """Minimum of counts."""

    def __or__(self, other: "Bag") -> "Bag":
        """Maximum of counts."""

    def __eq__(self, other: object) -> bool:
        """Same counts."""

    def __le__(self, other: "Bag") -> bool:
        """Sub-multiset test."""
