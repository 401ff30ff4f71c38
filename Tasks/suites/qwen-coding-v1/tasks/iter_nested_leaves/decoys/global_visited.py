from typing import Any, Iterator, Optional, Tuple


def _children(container):
    if isinstance(container, dict):
        return iter(list(container.items()))
    return iter(list(enumerate(container)))


def walk_leaves(obj: Any, max_depth: Optional[int] = None) -> Iterator[Tuple[tuple, Any]]:
    if max_depth is not None and max_depth < 0:
        raise ValueError("max_depth must be >= 0")
    if not isinstance(obj, (dict, list, tuple)) or not obj or max_depth == 0:
        yield (), obj
        return
    path = []
    on_path = {id(obj)}
    stack = [(obj, _children(obj))]
    while stack:
        container, children = stack[-1]
        step = next(children, None)
        if step is None:
            stack.pop()
            if path:
                path.pop()
            continue
        key, value = step
        here = tuple(path) + (key,)
        if isinstance(value, (dict, list, tuple)):
            if id(value) in on_path:
                raise ValueError(f"cycle at path {here!r}")
            if value and (max_depth is None or len(here) < max_depth):
                path.append(key)
                on_path.add(id(value))
                stack.append((value, _children(value)))
                continue
        yield here, value
