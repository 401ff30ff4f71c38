import re

_LINE = re.compile(r"([ \t]*)[-*] +(.*)")


def parse_outline(text: str) -> list[tuple[str, list]]:
    roots = []
    stack = []
    prev_level = -1
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _LINE.fullmatch(line)
        if not m:
            raise ValueError("bad outline line: %r" % line)
        level = len(m.group(1).expandtabs(2)) // 2
        if level > prev_level + 1:
            raise ValueError("indentation jumps more than one level")
        node = (m.group(2).strip(), [])
        if level == 0:
            roots.append(node)
        else:
            stack[level - 1].append(node)
        del stack[level:]
        stack.append(node[1])
        prev_level = level
    return roots
