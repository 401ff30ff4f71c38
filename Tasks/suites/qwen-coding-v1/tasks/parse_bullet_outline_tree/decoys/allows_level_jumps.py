import re

_LINE = re.compile(r"( *)[-*] +(.*)")


def parse_outline(text: str) -> list[tuple[str, list]]:
    roots = []
    stack = []  # (level, children)
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _LINE.fullmatch(line)
        if not m:
            raise ValueError("bad outline line: %r" % line)
        indent = len(m.group(1))
        if indent % 2:
            raise ValueError("odd indentation")
        level = indent // 2
        node = (m.group(2).strip(), [])
        while stack and stack[-1][0] >= level:
            stack.pop()
        if stack:
            stack[-1][1].append(node)
        else:
            roots.append(node)
        stack.append((level, node[1]))
    return roots
