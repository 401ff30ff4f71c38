from typing import Any, Callable, Iterator, List, Optional, Tuple


def iterate_pages(fetch: Callable[[Optional[str]], Tuple[List[Any], Optional[str]]],
                  start_token: Optional[str] = None,
                  limit: Optional[int] = None) -> Iterator[Any]:
    if limit is not None and limit <= 0:
        return
    seen = {start_token}
    yielded = 0
    items, next_token = fetch(start_token)
    while True:
        upcoming = None
        if next_token is not None:
            if next_token in seen:
                raise RuntimeError(f"page token {next_token!r} was already fetched")
            seen.add(next_token)
            upcoming = fetch(next_token)
        for item in items:
            yield item
            yielded += 1
            if limit is not None and yielded >= limit:
                return
        if upcoming is None:
            return
        items, next_token = upcoming
