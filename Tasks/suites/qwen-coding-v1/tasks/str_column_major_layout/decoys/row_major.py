def columnize(items: list[str], width: int, gap: int = 2) -> list[str]:
    n = len(items)
    if n == 0:
        return []
    for r in range(1, n + 1):
        c = -(-n // r)
        widths = [max(len(items[k]) for k in range(j, n, c)) for j in range(c)]
        if sum(widths) + gap * (c - 1) <= width:
            break
    lines = []
    for i in range(r):
        row = items[i * c:(i + 1) * c]
        lines.append((" " * gap).join(x.ljust(widths[j]) for j, x in enumerate(row)).rstrip())
    return lines
