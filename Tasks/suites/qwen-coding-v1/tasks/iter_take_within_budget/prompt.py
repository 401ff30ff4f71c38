from typing import Any, Callable, Iterable, Iterator


def take_within_budget(items: Iterable[Any], budget: int, cost: Callable[[Any], int] = len) -> Iterator[Any]:
    """Yield items in order while the running total of ``cost(item)`` stays <= budget.

    Iteration stops at the first item whose cost would push the running total
    above ``budget``: that item is read from the input but not yielded, and no
    further items are read, even if later ones would fit. Items may have cost 0.
    A negative budget raises ValueError (when iteration starts or earlier).
    The function is lazy and works on infinite inputs.

    >>> list(take_within_budget(["ab", "cde", "f", "gh"], 6))
    ['ab', 'cde', 'f']
    >>> list(take_within_budget([5, 1, 1], 4, cost=lambda x: x))
    []
    """
