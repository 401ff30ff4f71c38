def columnize(items: list[str], width: int, gap: int = 2) -> list[str]:
    n = len(items)
    if n == 0:
        return []
    for r in range(1, n + 1):
        c = -(-n // r)
        widths = [max(len(x) for x in items[j * r:(j + 1) * r]) for j in range(c)]
        if sum(w + gap for w in widths) <= width:
            break
    lines = []
    for i in range(r):
        cells = [items[j * r + i].ljust(widths[j]) for j in range(c) if j * r + i < n]
        lines.append((" " * gap).join(cells).rstrip())
    return lines
