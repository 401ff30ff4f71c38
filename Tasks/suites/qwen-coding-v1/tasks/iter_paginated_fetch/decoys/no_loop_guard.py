from typing import Any, Callable, Iterator, List, Optional, Tuple


def iterate_pages(fetch: Callable[[Optional[str]], Tuple[List[Any], Optional[str]]],
                  start_token: Optional[str] = None,
                  limit: Optional[int] = None) -> Iterator[Any]:
    if limit is not None and limit <= 0:
        return
    seen = set()
    token = start_token
    yielded = 0
    while True:
        seen.add(token)
        items, next_token = fetch(token)
        for item in items:
            yield item
            yielded += 1
            if limit is not None and yielded >= limit:
                return
        if next_token is None:
            return
        token = next_token
