import time
from typing import Callable, List


class Stopwatch:
    """A pausable stopwatch with laps, driven by an injectable clock.

    - ``Stopwatch(clock=time.monotonic)``: ``clock`` is a zero-argument callable
      returning the current time in seconds. A new stopwatch is not running.
    - ``start()`` starts or resumes timing; RuntimeError if already running.
    - ``stop()`` pauses timing and returns ``elapsed``; RuntimeError if not running.
    - ``elapsed`` (property): total running time, including the current running
      segment if running. Time while paused is not counted.
    - ``running`` (property): True while running.
    - ``lap()`` records and returns the running time accumulated since the previous
      lap (or since the beginning, for the first lap); RuntimeError if not running.
      Paused time between laps is not counted.
    - ``laps`` (property): a new list of the recorded lap durations.
    - ``reset()`` stops the stopwatch and clears elapsed time and laps.
    - Context manager: ``with sw:`` calls ``start()`` on entry (and returns the
      stopwatch) and ``stop()`` on exit; an exception raised in the block still
      stops the stopwatch and then propagates.

    >>> now = [0.0]
    >>> sw = Stopwatch(lambda: now[0])
    >>> sw.start(); now[0] = 2.0; sw.lap()
    2.0
    >>> now[0] = 5.0; _ = sw.stop(); now[0] = 9.0; sw.elapsed
    5.0
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        """Create a stopped stopwatch."""

    def start(self) -> None:
        """Start or resume."""

    def stop(self) -> float:
        """Pause and return elapsed."""

    def lap(self) -> float:
        """Record a lap and return its duration."""

    def reset(self) -> None:
        """Stop and clear elapsed time and laps."""

    @property
    def elapsed(self) -> float:
        """Total running time."""

    @property
    def running(self) -> bool:
        """True while running."""

    @property
    def laps(self) -> List[float]:
        """Copy of the recorded lap durations."""

    def __enter__(self) -> "Stopwatch":
        """Start and return self."""

    def __exit__(self, exc_type, exc, tb):
        """Stop; never suppress exceptions."""
