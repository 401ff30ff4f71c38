from typing import List


def min_makespan_two(durations: List[int]) -> int:
    """Split jobs between two identical machines to finish as early as possible.

    Every job (positive integer duration) must run on exactly one of two machines;
    a machine's load is the sum of the durations of its jobs. Return the minimum
    possible value of the larger of the two loads (0 when there are no jobs).

    Expect up to 300 jobs with durations up to 5,000.

    >>> min_makespan_two([3, 1, 4, 2, 2])
    6
    >>> min_makespan_two([10, 1, 1])
    10
    >>> min_makespan_two([3, 3, 2, 2, 2])
    6
    """
