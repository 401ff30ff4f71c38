def _wrap(words, depth, width, out):
    prefix = ">" * depth + " " if depth > 0 else ""
    line = None
    for w in words:
        if line is None:
            line = prefix + w
        elif len(line) + 1 + len(w) <= width:
            line += " " + w
        else:
            out.append(line)
            line = prefix + w
    if line is not None:
        out.append(line)


def reflow_quoted(text: str, width: int) -> list[str]:
    out = []
    words = []
    para_depth = None
    for raw in text.splitlines():
        depth = 0
        rest = raw
        while rest.startswith(">"):
            depth += 1
            rest = rest[1:]
            if rest.startswith(" "):
                rest = rest[1:]
        content = rest.strip()
        if not content:
            if words:
                _wrap(words, para_depth, width, out)
            words, para_depth = [], None
            out.append(">" * depth)
            continue
        if para_depth is not None and depth != para_depth:
            _wrap(words, para_depth, width, out)
            words = []
        para_depth = depth
        words.extend(content.split())
    if words:
        _wrap(words, para_depth, width, out)
    return out
