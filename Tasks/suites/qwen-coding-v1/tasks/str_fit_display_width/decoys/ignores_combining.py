import unicodedata


def _w(c):
    if unicodedata.east_asian_width(c) in ("W", "F"):
        return 2
    return 1


def fit_width(text: str, width: int) -> str:
    if width == 0:
        return ""
    total = sum(_w(c) for c in text)
    if total <= width:
        return text + " " * (width - total)
    budget = width - 1
    used = 0
    out = []
    for c in text:
        cw = _w(c)
        if used + cw > budget:
            break
        out.append(c)
        used += cw
    return "".join(out) + "…" + " " * (budget - used)
