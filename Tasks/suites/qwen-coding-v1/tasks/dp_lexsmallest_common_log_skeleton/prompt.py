from typing import List


def common_skeleton(a: List[str], b: List[str]) -> List[str]:
    """Longest common subsequence of two token lists, smallest in dictionary order.

    A common subsequence is a list of tokens that can be obtained from both ``a``
    and ``b`` by deleting zero or more tokens without reordering the rest. Return a
    common subsequence of maximum length; if there are several, return the
    lexicographically smallest one, comparing token by token with plain string
    ordering (all candidates have the same length). Each list has at most 300
    tokens.

    >>> common_skeleton(["GET", "POST", "PUT", "GET"], ["POST", "GET", "PUT"])
    ['GET', 'PUT']
    >>> common_skeleton(["x", "y"], ["y", "x"])
    ['x']
    >>> common_skeleton(["a"], ["b"])
    []
    """
