from collections import deque
from typing import Iterable, Iterator, Tuple


def word_ngrams(lines: Iterable[str], n: int) -> Iterator[Tuple[str, ...]]:
    if n < 1:
        raise ValueError("n must be >= 1")
    window = deque(maxlen=n)
    for line in lines:
        window.clear()
        if line.strip() == "---":
            window.clear()
            continue
        for word in line.split():
            window.append(word)
            if len(window) == n:
                yield tuple(window)
