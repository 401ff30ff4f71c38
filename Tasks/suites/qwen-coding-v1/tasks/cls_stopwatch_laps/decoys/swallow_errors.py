import time
from typing import Callable, List


class Stopwatch:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self.reset()

    def reset(self) -> None:
        self._accum = 0.0
        self._since = None
        self._laps = []
        self._lap_mark = 0.0

    def start(self) -> None:
        if self._since is not None:
            raise RuntimeError("already running")
        self._since = self._clock()

    def stop(self) -> float:
        if self._since is None:
            raise RuntimeError("not running")
        self._accum += self._clock() - self._since
        self._since = None
        return self._accum

    @property
    def elapsed(self) -> float:
        if self._since is None:
            return self._accum
        return self._accum + (self._clock() - self._since)

    @property
    def running(self) -> bool:
        return self._since is not None

    def lap(self) -> float:
        if self._since is None:
            raise RuntimeError("not running")
        now = self.elapsed
        duration = now - self._lap_mark
        self._lap_mark = now
        self._laps.append(duration)
        return duration

    @property
    def laps(self) -> List[float]:
        return list(self._laps)

    def __enter__(self) -> "Stopwatch":
        self.start()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.stop()
        return True
