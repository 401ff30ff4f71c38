from typing import Optional, Union


def parse_flag(value: Union[str, int, bool, None], default: Optional[bool] = None) -> bool:
    """Interpret a configuration value as a boolean.

    - bool values are returned unchanged.
    - int values: 1 -> True, 0 -> False, any other int -> ValueError.
    - Strings are matched case-insensitively after stripping surrounding whitespace:
      ``'true', 'yes', 'y', 'on', '1', 'enable', 'enabled'`` -> True;
      ``'false', 'no', 'n', 'off', '0', 'disable', 'disabled'`` -> False.
    - None, and strings that are empty after stripping, mean "not set": the
      ``default`` is returned if it is not None, otherwise ValueError.
    - Anything else (other strings, floats, other types) raises ValueError.

    >>> parse_flag(" Yes "), parse_flag("OFF"), parse_flag(0), parse_flag(True)
    (True, False, False, True)
    >>> parse_flag("", default=True)
    True
    """
