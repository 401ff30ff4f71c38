import itertools
from typing import Iterator, Optional


def float_steps(start: float, stop: float, step: float, ndigits: Optional[int] = None) -> Iterator[float]:
    if step == 0:
        raise ValueError("step must not be zero")
    for i in itertools.count():
        value = start + i * step
        if (step > 0 and value >= stop) or (step < 0 and value <= stop):
            return
        yield round(value, ndigits) if ndigits else value
