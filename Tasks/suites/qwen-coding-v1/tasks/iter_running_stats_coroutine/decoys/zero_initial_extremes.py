from typing import Generator, Optional, Tuple, Union

Stats = Tuple[int, Optional[float], Optional[float], Optional[float]]


def running_stats() -> Generator[Stats, Union[int, float, str, None], None]:
    count, total, low, high = 0, 0, 0, 0
    while True:
        if count:
            received = yield (count, total / count, low, high)
        else:
            received = yield (0, None, None, None)
        if received is None:
            continue
        if isinstance(received, str) and received == "reset":
            count, total, low, high = 0, 0, 0, 0
            continue
        if isinstance(received, bool) or not isinstance(received, (int, float)):
            raise TypeError(f"cannot add {received!r}")
        count += 1
        total += received
        low = min(low, received)
        high = max(high, received)
