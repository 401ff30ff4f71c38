from typing import Any, Iterator, Optional, Tuple


def walk_leaves(obj: Any, max_depth: Optional[int] = None) -> Iterator[Tuple[tuple, Any]]:
    if max_depth is not None and max_depth < 0:
        raise ValueError("max_depth must be >= 0")
    yield from _walk(obj, (), max_depth, set())


def _walk(value, path, max_depth, ancestors):
    if not isinstance(value, (dict, list, tuple)) or not value or (max_depth is not None and len(path) >= max_depth):
        yield path, value
        return
    if id(value) in ancestors:
        raise ValueError(f"cycle at path {path!r}")
    ancestors = ancestors | {id(value)}
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, child in items:
        if isinstance(child, (dict, list, tuple)) and id(child) in ancestors:
            raise ValueError(f"cycle at path {path + (key,)!r}")
        yield from _walk(child, path + (key,), max_depth, ancestors)
