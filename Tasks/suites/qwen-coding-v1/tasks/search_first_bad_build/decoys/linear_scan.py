from typing import Callable


def first_bad_build(n: int, is_bad: Callable[[int], bool]) -> int:
    for i in range(n):
        if is_bad(i):
            return i
    return n
