from typing import Any, Callable, Iterator, List, Optional, Tuple


def iterate_pages(fetch: Callable[[Optional[str]], Tuple[List[Any], Optional[str]]],
                  start_token: Optional[str] = None,
                  limit: Optional[int] = None) -> Iterator[Any]:
    """Yield the items of a paginated API one by one, fetching pages only when needed.

    ``fetch(token)`` returns ``(items, next_token)``. The first page is
    ``fetch(start_token)``; after a page's items are exhausted, the next page is
    ``fetch(next_token)``, until a page's ``next_token`` is None. Pages may be empty.

    Laziness: ``fetch`` is not called until an item is requested, and the next page
    is not fetched until the consumer asks for an item beyond the current page.
    With ``limit`` (an int >= 0), at most ``limit`` items are yielded; once the
    limit is reached no further page is fetched (``limit=0`` fetches nothing).

    Loop protection: before fetching, if the token to fetch has already been
    fetched during this iteration (``start_token`` included), RuntimeError is raised
    instead of calling ``fetch``.

    >>> pages = {None: ([1, 2], "p2"), "p2": ([], "p3"), "p3": ([3], None)}
    >>> list(iterate_pages(pages.__getitem__))
    [1, 2, 3]
    >>> list(iterate_pages(pages.__getitem__, limit=2))
    [1, 2]
    """
