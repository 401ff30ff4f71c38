def hanging_wrap(text: str, width: int, indent: int) -> list[str]:
    if indent >= width:
        raise ValueError("indent must be smaller than width")
    lines = []
    cur = None
    for w in text.split():
        if cur is None:
            prefix = "" if not lines else " " * indent
            cur = prefix + w
        elif len(cur) + 1 + len(w) < width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = " " * indent + w
    if cur is not None:
        lines.append(cur)
    return lines
