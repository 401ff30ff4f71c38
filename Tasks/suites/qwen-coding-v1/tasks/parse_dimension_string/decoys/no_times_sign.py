import re

_DIM = re.compile(r"\s*([0-9]+)(?:\s*[xX]\s*|\s+[bB][yY]\s+)([0-9]+)(?:\s*[pP][xX])?\s*")


def parse_dimensions(s: str) -> tuple[int, int]:
    m = _DIM.fullmatch(s)
    if not m:
        raise ValueError("bad dimensions: %r" % s)
    w, h = int(m.group(1)), int(m.group(2))
    if w <= 0 or h <= 0:
        raise ValueError("dimensions must be positive")
    return (w, h)
