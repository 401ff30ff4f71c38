import itertools
from typing import Iterator, Optional


def float_steps(start: float, stop: float, step: float, ndigits: Optional[int] = None) -> Iterator[float]:
    if step == 0:
        raise ValueError("step must not be zero")
    value = start
    while True:
        if (step > 0 and value >= stop) or (step < 0 and value <= stop):
            return
        yield value if ndigits is None else round(value, ndigits)
        value += step
