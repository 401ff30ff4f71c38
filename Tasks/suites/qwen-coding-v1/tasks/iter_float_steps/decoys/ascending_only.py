import itertools
from typing import Iterator, Optional


def float_steps(start: float, stop: float, step: float, ndigits: Optional[int] = None) -> Iterator[float]:
    if step == 0:
        raise ValueError("step must not be zero")
    for i in itertools.count():
        value = start + i * step
        if value >= stop:
            return
        yield value if ndigits is None else round(value, ndigits)
