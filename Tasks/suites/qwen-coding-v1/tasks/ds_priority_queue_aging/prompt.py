from typing import List, Tuple


def schedule_with_aging(tasks: List[Tuple[int, str, int]], aging: int) -> List[str]:
    """Return the order in which a single worker executes tasks under priority aging.

    Each task is ``(arrival_time, task_id, base_priority)`` with integer
    ``arrival_time >= 0``; task ids are unique strings. Every task takes exactly one
    time unit. ``aging >= 1``.

    Time starts at ``t = 0`` and advances in integer steps. At time ``t`` the
    candidates are the tasks that have arrived (``arrival_time <= t``) and have not
    run yet. If there are none, the worker idles until ``t + 1``. Otherwise it runs,
    during ``[t, t + 1)``, the candidate with the greatest *effective priority*

        ``base_priority + (t - arrival_time) // aging``

    breaking ties by earlier ``arrival_time``, then by smaller ``task_id`` (plain
    string comparison). Return the task ids in execution order.

    >>> schedule_with_aging([(0, "a", 1), (0, "b", 3), (1, "c", 5)], 1)
    ['b', 'c', 'a']
    >>> schedule_with_aging([(0, "old", 1), (0, "a", 3), (1, "b", 3), (2, "d", 3), (3, "c", 3)], 1)
    ['a', 'b', 'old', 'd', 'c']
    >>> schedule_with_aging([(5, "x", 0), (5, "y", 1)], 2)
    ['y', 'x']
    """
