import re

_GROUP = re.compile(r"\{([^{}]*)\}")
_RANGE = re.compile(r"([0-9]+)\.\.([0-9]+)")


def _options(content):
    if "," in content:
        return content.split(",")
    m = _RANGE.fullmatch(content)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        pad = any(len(x) > 1 and x[0] == "0" for x in m.groups())
        width = max(len(m.group(1)), len(m.group(2))) if pad else 0
        step = 1 if a <= b else -1
        return [str(v).zfill(width) for v in range(a, b + step, step)]
    return None


def expand_braces(pattern: str) -> list[str]:
    for m in _GROUP.finditer(pattern):
        opts = _options(m.group(1))
        if opts is None:
            continue
        out = []
        for o in opts:
            out.extend(expand_braces(pattern[:m.start()] + o + pattern[m.end():]))
        return out
    return [pattern]
