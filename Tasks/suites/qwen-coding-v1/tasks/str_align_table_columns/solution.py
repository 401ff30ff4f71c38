import re

_NUM = re.compile(r"[+-]?[0-9]+(\.[0-9]+)?")


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
            if _NUM.fullmatch(cell):
                cells.append(cell.rjust(widths[c]))
            else:
                cells.append(cell.ljust(widths[c]))
        out.append(sep.join(cells).rstrip())
    return out
