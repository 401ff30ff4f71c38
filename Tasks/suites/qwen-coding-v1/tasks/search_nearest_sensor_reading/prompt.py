from typing import List


def nearest_readings(times: List[int], queries: List[int], tolerance: int) -> List[int]:
    """Match query times to the closest sensor reading.

    ``times`` holds reading timestamps sorted in non-decreasing order (duplicates are
    possible); reading ``i`` was taken at ``times[i]``. For each query time ``q``
    return the index of the reading whose timestamp is closest to ``q``. If several
    readings are equally close, return the smallest index among them. If there is
    no reading, or the closest one is more than ``tolerance`` away
    (``|times[i] - q| > tolerance``), return ``-1`` for that query.

    Return one index per query, in query order. Expect up to 100,000 readings and
    100,000 queries.

    >>> nearest_readings([10, 20, 20, 35], [21, 15, 28, 100, 0], 5)
    [1, 0, -1, -1, -1]
    >>> nearest_readings([10, 20, 20, 35], [21, 15, 28, 100, 0], 10)
    [1, 0, 3, -1, 0]
    """
