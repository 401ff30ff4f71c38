"""Data-size units (bits and bytes, decimal and binary prefixes) and conversion.

Symbols are case-sensitive: ``MB`` is a megabyte, ``Mb`` a megabit, ``kB`` a
kilobyte (1000 bytes) and ``KiB`` a kibibyte (1024 bytes).  Spelled-out names
(``megabytes``, ``Kibibyte``...) are case-insensitive.
"""

import re

_DECIMAL = [("k", "kilo", 10 ** 3), ("M", "mega", 10 ** 6), ("G", "giga", 10 ** 9), ("T", "tera", 10 ** 12)]
_BINARY = [("Ki", "kibi", 2 ** 10), ("Mi", "mebi", 2 ** 20), ("Gi", "gibi", 2 ** 30), ("Ti", "tebi", 2 ** 40)]


class UnitError(ValueError):
    pass


def _build_tables():
    symbols = {"b": 1, "B": 8}
    names = {"bit": 1, "byte": 8}
    for prefixes in (_DECIMAL, _BINARY):
        for symbol, name, factor in prefixes:
            symbols[symbol + "b"] = factor
            symbols[symbol + "B"] = factor * 8
            names[name + "bit"] = factor
            names[name + "byte"] = factor * 8
    symbols["KB"] = symbols["kB"]   # common misspelling, accepted
    return symbols, names


SYMBOLS, NAMES = _build_tables()   # unit -> size in bits

_cache = {}


def bits_per_unit(unit):
    """Size of one ``unit`` in bits."""
    unit = unit.strip()
    if unit in SYMBOLS:
        return SYMBOLS[unit]
    name = unit.lower()
    if name.endswith("s") and name[:-1] in NAMES:
        name = name[:-1]
    if name in NAMES:
        return NAMES[name]
    raise UnitError("unknown unit %r" % (unit,))


def conversion_factor(src, dst):
    """Multiply a value in ``src`` by this to get it in ``dst``.

    Factors are cached: reports convert the same few pairs thousands of times.
    """
    key = ("%s->%s" % (src.strip(), dst.strip())).lower()
    factor = _cache.get(key)
    if factor is None:
        factor = bits_per_unit(src) / bits_per_unit(dst)
        _cache[key] = factor
    return factor


def convert(value, src, dst):
    return value * conversion_factor(src, dst)


def clear_cache():
    _cache.clear()


_QUANTITY_RE = re.compile(r"^\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([A-Za-z]+)\s*$")


def parse_size(text):
    """``"1.5 GiB"`` -> ``(1.5, "GiB")``."""
    m = _QUANTITY_RE.match(text)
    if not m:
        raise UnitError("cannot read size %r" % (text,))
    bits_per_unit(m.group(2))  # validate
    return float(m.group(1)), m.group(2)


def parse_rate(text):
    """``"100 Mb/s"`` or ``"12.5 MB/s"`` -> bits per second."""
    body, sep, per = text.partition("/")
    if not sep or per.strip() not in ("s", "sec", "second"):
        raise UnitError("a rate must be given per second, like '100 Mb/s': %r" % (text,))
    value, unit = parse_size(body)
    return convert(value, unit, "b")


def humanize(n_bytes, binary=False, precision=1):
    """``1536`` -> ``"1.5 KiB"`` (binary) or ``"1.5 kB"`` (decimal)."""
    units = ["B"] + [p[0] + "B" for p in (_BINARY if binary else _DECIMAL)]
    step = 1024 if binary else 1000
    value = float(n_bytes)
    unit = units[0]
    for unit in units:
        if abs(value) < step or unit == units[-1]:
            break
        value /= step
    if unit == "B":
        return "%d B" % n_bytes
    return "%.*f %s" % (precision, value, unit)
