from typing import Callable


def first_bad_build(n: int, is_bad: Callable[[int], bool]) -> int:
    """Find the first bad build in a monotone build history using few probes.

    Builds are numbered ``0 .. n-1`` (``n >= 0``). ``is_bad(i)`` tells whether build
    ``i`` is bad; once a build is bad, every later build is bad too. Return the
    smallest ``i`` with ``is_bad(i)`` true, or ``n`` if no build is bad (in particular
    when ``n == 0``).

    Probing is expensive: call ``is_bad`` at most ``n.bit_length() + 1`` times in
    total, and only with arguments in ``range(n)``.

    >>> first_bad_build(10, lambda i: i >= 7)
    7
    >>> first_bad_build(5, lambda i: False)
    5
    >>> first_bad_build(0, lambda i: True)
    0
    """
