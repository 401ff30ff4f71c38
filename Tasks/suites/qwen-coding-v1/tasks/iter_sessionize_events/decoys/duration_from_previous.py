from typing import Iterable, Iterator, Optional, Tuple


def sessions(timestamps: Iterable[float], gap: float, max_duration: Optional[float] = None) -> Iterator[Tuple[float, float, int]]:
    if gap < 0 or (max_duration is not None and max_duration < 0):
        raise ValueError("gap and max_duration must be >= 0")
    start = prev = None
    count = 0
    for t in timestamps:
        if prev is None:
            start, prev, count = t, t, 1
            continue
        if t < prev:
            raise ValueError(f"timestamp {t!r} is before {prev!r}")
        if t - prev > gap or (max_duration is not None and prev - start >= max_duration):
            yield start, prev, count
            start, count = t, 0
        prev = t
        count += 1
    if prev is not None:
        yield start, prev, count
