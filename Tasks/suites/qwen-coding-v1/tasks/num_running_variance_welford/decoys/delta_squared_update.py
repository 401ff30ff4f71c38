from typing import List, Tuple


def running_mean_variance(values: List[float]) -> List[Tuple[float, float]]:
    """Return the running (mean, sample variance) after each element.

    Element i of the result describes values[0..i]: the arithmetic mean and
    the SAMPLE variance (divisor count - 1).  The variance of a single value
    is defined as 0.0.  The computation must stay accurate (about 1e-9
    relative) when the data have a large common offset, e.g. values around
    1e9 that differ by a few units.  An empty input gives an empty list.

    >>> running_mean_variance([2.0, 4.0, 9.0])
    [(2.0, 0.0), (3.0, 2.0), (5.0, 13.0)]
    >>> running_mean_variance([])
    []
    """
    out = []
    n = 0
    mean = 0.0
    m2 = 0.0
    for x in values:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * delta
        out.append((mean, m2 / (n - 1) if n > 1 else 0.0))
    return out
