"""Reading GitHub-style markdown tables."""

import re

from .table import Table, TableError

_SEPARATOR_CELL = re.compile(r"^:?-{3,}:?$")


def _split_row(line):
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells = []
    current = []
    i = 0
    while i < len(line):
        ch = line[i]
        if ch == "\\" and i + 1 < len(line) and line[i + 1] == "|":
            current.append("|")
            i += 2
            continue
        if ch == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    cells.append("".join(current).strip())
    return cells


def _is_separator(cells):
    return all(_SEPARATOR_CELL.match(c.replace(" ", "")) for c in cells)


def parse_markdown(text):
    """Parse the first markdown table in ``text`` into a :class:`Table`.

    Cells stay strings; an escaped ``\\|`` is a literal pipe.
    """
    lines = [l for l in text.splitlines() if l.strip()]
    start = None
    for i in range(len(lines) - 1):
        if "|" in lines[i] and _is_separator(_split_row(lines[i + 1])):
            start = i
            break
    if start is None:
        raise TableError("no markdown table found")
    headers = _split_row(lines[start])
    separator = _split_row(lines[start + 1])
    if len(separator) != len(headers):
        raise TableError("separator has %d cells, header has %d" % (len(separator), len(headers)))
    table = Table(headers)
    for line in lines[start + 2:]:
        if "|" not in line:
            break
        cells = _split_row(line)
        if len(cells) > len(headers):
            raise TableError("row %r has too many cells" % line)
        table.add_row(cells)
    return table
