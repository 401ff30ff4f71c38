import re
from typing import Any, Tuple

_RUNS = re.compile(r"[0-9]+|[^0-9]+")


def natural_key(s: str) -> Tuple[Any, ...]:
    parts = []
    for run in _RUNS.findall(s):
        if run[0] in "0123456789":
            parts.append((0, int(run), len(run), ""))
        else:
            parts.append((1, 0, 0, run.casefold()))
    return (tuple(parts), s)
