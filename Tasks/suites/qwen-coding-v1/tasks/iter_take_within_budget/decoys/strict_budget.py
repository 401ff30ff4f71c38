from typing import Any, Callable, Iterable, Iterator


def take_within_budget(items: Iterable[Any], budget: int, cost: Callable[[Any], int] = len) -> Iterator[Any]:
    if budget < 0:
        raise ValueError("budget must be >= 0")
    total = 0
    for item in items:
        total += cost(item)
        if total >= budget:
            return
        yield item
