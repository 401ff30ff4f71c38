from typing import Generator, Optional, Tuple, Union

Stats = Tuple[int, Optional[float], Optional[float], Optional[float]]


def running_stats() -> Generator[Stats, Union[int, float, str, None], None]:
    count, total, low, high = 0, 0, None, None
    while True:
        if count:
            received = yield (count, total / count, low, high)
        else:
            received = yield (0, None, None, None)
        if received is None:
            continue
        if isinstance(received, str) and received == "reset":
            count, total, low, high = 0, 0, None, None
            continue
        if not isinstance(received, (int, float)):
            raise TypeError(f"cannot add {received!r}")
        count += 1
        total += received
        low = received if low is None or received < low else low
        high = received if high is None or received > high else high
