import re

_RANGE = re.compile(r"([0-9]+)\.\.([0-9]+)")


def _match_close(s, i):
    depth = 0
    for j in range(i, len(s)):
        if s[j] == "{":
            depth += 1
        elif s[j] == "}":
            depth -= 1
            if depth == 0:
                return j
    return -1


def _split_top(content):
    parts, depth, start = [], 0, 0
    for k, c in enumerate(content):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(content[start:k])
            start = k + 1
    parts.append(content[start:])
    return parts


def expand_braces(pattern: str) -> list[str]:
    i = 0
    while True:
        i = pattern.find("{", i)
        if i < 0:
            return [pattern]
        j = _match_close(pattern, i)
        if j < 0:
            i += 1
            continue
        content = pattern[i + 1:j]
        parts = _split_top(content)
        if len(parts) >= 2:
            options = [x for p in parts for x in expand_braces(p)]
        else:
            m = _RANGE.fullmatch(content)
            if not m:
                i += 1
                continue
            a, b = int(m.group(1)), int(m.group(2))
            step = 1 if a <= b else -1
            options = [str(v) for v in range(a, b + step, step)]
        prefix = pattern[:i]
        tails = expand_braces(pattern[j + 1:])
        return [prefix + o + t for o in options for t in tails]
