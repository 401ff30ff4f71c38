from typing import Dict, List, Tuple


def critical_path(durations: Dict[str, int], after: List[Tuple[str, str]]) -> Tuple[int, List[str]]:
    """Find the project length and a critical chain of tasks.

    ``durations`` maps each task name to its duration (an int ``>= 0``). A pair
    ``(a, b)`` in ``after`` means task ``b`` may only start once task ``a`` has
    finished; every task named in ``after`` is a key of ``durations`` and the
    constraints contain no cycle. With unlimited workers the project length is the
    largest total duration of a chain: a list of tasks ``[t1, ..., tk]`` (``k >= 1``)
    where every consecutive pair ``(t_i, t_{i+1})`` is a pair in ``after``.

    Return ``(length, chain)`` where ``chain`` has total duration equal to the
    project length; if several chains qualify, return the lexicographically smallest
    one as a Python list of strings (so a chain that is a prefix of another one is
    smaller). For no tasks return ``(0, [])``.

    >>> critical_path({"design": 3, "build": 5, "test": 2, "docs": 4}, [("design", "build"), ("build", "test"), ("design", "docs")])
    (10, ['design', 'build', 'test'])
    >>> critical_path({"a": 2, "b": 2, "c": 1, "d": 1}, [("a", "c"), ("b", "c"), ("c", "d")])
    (4, ['a', 'c', 'd'])
    >>> critical_path({"z": 0, "b": 5}, [("z", "b")])
    (5, ['b'])
    """
