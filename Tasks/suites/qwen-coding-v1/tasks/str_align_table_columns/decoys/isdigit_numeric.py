def align_columns(rows: list[list[str]], sep: str = " | ") -> list[str]:
    if not rows:
        return []
    ncols = max(len(r) for r in rows)
    grid = [list(r) + [""] * (ncols - len(r)) for r in rows]
    widths = [max(len(r[c]) for r in grid) for c in range(ncols)]
    out = []
    for r in grid:
        cells = []
        for c, cell in enumerate(r):
            if cell.replace(".", "", 1).isdigit():
                cells.append(cell.rjust(widths[c]))
            else:
                cells.append(cell.ljust(widths[c]))
        out.append(sep.join(cells).rstrip())
    return out
