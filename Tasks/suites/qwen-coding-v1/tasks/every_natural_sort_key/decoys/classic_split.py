import re
from typing import Any, Tuple


def natural_key(s: str) -> Tuple[Any, ...]:
    return tuple(int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", s))
