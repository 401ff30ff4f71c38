def parse_outline(text: str) -> list[tuple[str, list]]:
    roots = []
    stack = []
    prev_level = -1
    for line in text.splitlines():
        if not line.strip():
            continue
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        if "\t" in line[:indent + 1] or stripped[:2] not in ("- ", "* "):
            raise ValueError("bad outline line: %r" % line)
        if indent % 2:
            raise ValueError("odd indentation")
        level = indent // 2
        if level > prev_level + 1:
            raise ValueError("indentation jumps more than one level")
        item = stripped[2:].split(" - ")[0].strip()
        node = (item, [])
        if level == 0:
            roots.append(node)
        else:
            stack[level - 1].append(node)
        del stack[level:]
        stack.append(node[1])
        prev_level = level
    return roots
