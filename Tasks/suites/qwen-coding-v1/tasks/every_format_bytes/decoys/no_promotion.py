from fractions import Fraction

_BINARY = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
_DECIMAL = ["B", "kB", "MB", "GB", "TB", "PB"]


def format_size(num_bytes: int, binary: bool = True) -> str:
    if isinstance(num_bytes, bool) or not isinstance(num_bytes, int):
        raise TypeError("num_bytes must be an int")
    if num_bytes < 0:
        return "-" + format_size(-num_bytes, binary)
    base = 1024 if binary else 1000
    units = _BINARY if binary else _DECIMAL
    if num_bytes < base:
        return f"{num_bytes} B"
    k = 1
    while k < 5 and num_bytes >= base ** (k + 1):
        k += 1
    while True:
        tenths = int(Fraction(num_bytes * 10, base ** k) + Fraction(1, 2))
        if tenths >= base * 10 and k < 0:
            k += 1
            continue
        break
    whole, frac = divmod(tenths, 10)
    number = str(whole) if frac == 0 else f"{whole}.{frac}"
    return f"{number} {units[k]}"
