from typing import Iterator


class PageSet:
    """A set of page numbers parsed from a print-dialog style specification.

    - ``PageSet(spec)``: ``spec`` is a comma-separated list of items, each either
      ``'N'`` or ``'A-B'`` (an inclusive range). Whitespace around items and
      around the ``'-'`` is ignored, and empty items (``'1,,2'``, a trailing comma)
      are skipped, so ``''`` gives an empty set. Numbers are ASCII digits only
      and must be >= 1. A range with A > B, a zero page or any other syntax
      (``'+3'``, ``'1-2-3'``, ``'a'``, ``'-4'``) raises ValueError.
    - ``len(pages)``: number of distinct pages; ``n in pages``: membership;
      iteration yields the distinct pages in ascending order.
    - ``str(pages)``: canonical form: every maximal run of consecutive pages is
      written ``'N'`` if it is a single page and ``'A-B'`` if it has two or more
      pages; runs are joined by ``','`` without spaces (empty set: ``''``).
    - ``a == b`` compares the pages of two PageSets; ``a | b`` returns a new
      PageSet holding the pages of both.

    >>> str(PageSet(' 5, 1 - 3,2,4, 9,10,'))
    '1-5,9-10'
    >>> len(PageSet('3-7,5')), 6 in PageSet('3-7'), list(PageSet('8,2-3'))
    (5, True, [2, 3, 8])
    """

    def __init__(self, spec: str) -> None:
        """Parse the specification."""

    def __len__(self) -> int:
        """Number of distinct pages."""

    def __contains__(self, page: object) -> bool:
        """True if page is selected."""

    def __iter__(self) -> Iterator[int]:
        """Pages in ascending order."""

    def __str__(self) -> str:
        """Canonical specification."""

    def __eq__(self, other: object) -> bool:
        """Same pages."""

    def __or__(self, other: "PageSet") -> "PageSet":
        """Union."""
