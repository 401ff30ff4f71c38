from typing import Any, Tuple


def natural_key(s: str) -> Tuple[Any, ...]:
    return (s.casefold(), s)
