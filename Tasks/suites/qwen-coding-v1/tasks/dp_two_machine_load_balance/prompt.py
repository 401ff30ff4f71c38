from typing import List


def min_makespan_two(durations: List[int]) -> int:
    """Split jobs between two identical machines to finish as early as possible.

    Every job (positive integer duration) must run on exactly one of two machines;
    a machine's load is the sum of the durations of its jobs. Return the minimum
    possible value of the larger of the two loads (0 when there are no jobs).

    Expect up to 60 jobs with durations up to 1,000, so trying every assignment is
    far too slow.

    >>> min_makespan_two([3, 1, 4, 2, 2])
    6
    >>> min_makespan_two([10, 1, 1])
    10
    >>> min_makespan_two([8, 7, 6, 5, 4])
    15
    """
