from typing import Iterator, Optional


def float_steps(start: float, stop: float, step: float, ndigits: Optional[int] = None) -> Iterator[float]:
    """Lazily yield ``start, start + step, start + 2*step, ...`` like ``range`` for floats.

    The i-th value (i = 0, 1, 2, ...) is computed as ``start + i * step`` (never by
    repeated addition, so errors do not accumulate). Values are produced while they
    are < stop for a positive step, or > stop for a negative step; ``stop`` itself
    is excluded and may be ``math.inf`` / ``-math.inf`` for an endless sequence.
    The comparison uses the unrounded value. If ``ndigits`` is not None each
    yielded value is ``round(value, ndigits)``. A step of 0 raises ValueError
    (when iteration starts or earlier).

    >>> list(float_steps(1, 0, -0.25))
    [1.0, 0.75, 0.5, 0.25]
    >>> list(float_steps(0, 0.5, 0.1, ndigits=2))
    [0.0, 0.1, 0.2, 0.3, 0.4]
    """
