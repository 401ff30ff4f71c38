def distinct_part_partitions(n: int, max_part: int) -> int:
    """Count the ways to write n as a sum of DISTINCT positive integers, each
    at most max_part.  Order does not matter ({1, 2} and {2, 1} are the same
    way).

    The empty sum counts as the single way to write 0, so the answer for
    n == 0 is 1 for any max_part.  If n < 0 the answer is 0.  If
    max_part <= 0 only n == 0 can be written.  n and max_part are at most a
    few thousand.

    >>> distinct_part_partitions(6, 6)
    4
    >>> distinct_part_partitions(6, 3)
    1
    >>> distinct_part_partitions(5, 10)
    3
    """
    if n < 0:
        return 0
    ways = [0] * (n + 1)
    ways[0] = 1
    for part in range(1, min(max_part, n)):
        for s in range(n, part - 1, -1):
            ways[s] += ways[s - part]
    return ways[n]
