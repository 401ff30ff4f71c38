def columnize(items: list[str], width: int, gap: int = 2) -> list[str]:
    n = len(items)
    if n == 0:
        return []
    for c in range(n, 0, -1):
        r = -(-n // c)
        c = -(-n // r)
        widths = [max(len(x) for x in items[j * r:(j + 1) * r]) for j in range(c)]
        if sum(widths) + gap * (c - 1) <= width:
            break
    lines = []
    for i in range(r):
        cells = [items[j * r + i].ljust(widths[j]) for j in range(c) if j * r + i < n]
        lines.append((" " * gap).join(cells).rstrip())
    return lines
