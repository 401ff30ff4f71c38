import re

_SGR = re.compile(r"\x1b\[[0-9;]*m")


def ansi_truncate(text: str, limit: int) -> str:
    if len(_SGR.sub("", text)) <= limit:
        return text
    out = []
    visible = 0
    kept_sgr = False
    i = 0
    while i < len(text) and visible < limit:
        m = _SGR.match(text, i)
        if m:
            out.append(m.group())
            kept_sgr = True
            i = m.end()
            continue
        out.append(text[i])
        visible += 1
        i += 1
    res = "".join(out)
    if kept_sgr and not res.endswith("\x1b[0m"):
        res += "\x1b[0m"
    return res
