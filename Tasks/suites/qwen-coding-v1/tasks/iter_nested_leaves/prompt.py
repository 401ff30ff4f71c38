from typing import Any, Iterator, Optional, Tuple


def walk_leaves(obj: Any, max_depth: Optional[int] = None) -> Iterator[Tuple[tuple, Any]]:
    """Lazily yield ``(path, value)`` for every leaf of a nested structure of dicts, lists and tuples.

    - Containers are instances of dict, list or tuple; everything else (strings,
      bytes, sets, numbers, None, ...) is a leaf. If ``obj`` itself is a leaf the
      only result is ``((), obj)``.
    - The walk is depth-first and pre-order: dict entries in insertion order,
      list/tuple elements by index. A path is the tuple of dict keys and sequence
      indexes leading from ``obj`` to the value.
    - An empty container is yielded as a leaf (its own value at its path).
    - With ``max_depth`` (an int >= 0, else ValueError), a container whose path has
      length ``max_depth`` is yielded as a leaf instead of being entered.
    - If a container is reached that is (by identity) one of its own ancestors on the
      current path, ValueError is raised at that point. The same container appearing
      in separate branches is not a cycle and is walked each time.
    - Nesting may be far deeper than Python's recursion limit (thousands of levels).

    >>> list(walk_leaves({"a": 1, "b": [2, {"c": 3}], "d": {}}))
    [(('a',), 1), (('b', 0), 2), (('b', 1, 'c'), 3), (('d',), {})]
    >>> list(walk_leaves({"a": {"b": 1}, "c": 2}, max_depth=1))
    [(('a',), {'b': 1}), (('c',), 2)]
    """
