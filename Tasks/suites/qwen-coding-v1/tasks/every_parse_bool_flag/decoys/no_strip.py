from typing import Optional, Union

_TRUE = {"true", "yes", "y", "on", "1", "enable", "enabled"}
_FALSE = {"false", "no", "n", "off", "0", "disable", "disabled"}


def parse_flag(value: Union[str, int, bool, None], default: Optional[bool] = None) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        if value in (0, 1):
            return value == 1
        raise ValueError(f"integer flag must be 0 or 1, not {value}")
    if value is None or (isinstance(value, str) and not value.strip()):
        if default is None:
            raise ValueError("flag is not set and there is no default")
        return default
    if isinstance(value, str):
        word = value.lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    raise ValueError(f"cannot interpret {value!r} as a flag")
