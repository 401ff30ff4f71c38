"""Rendering tables as text in a few styles.

``plain``::

    name   qty
    -----  ---
    bolt   12

``grid``::

    +------+-----+
    | name | qty |
    +------+-----+
    | bolt | 12  |
    +------+-----+

``markdown``::

    | name | qty |
    | ---- | --- |
    | bolt | 12  |
"""

from .table import TableError

ELLIPSIS = "…"
STYLES = ("plain", "grid", "markdown")


def _truncate(text, max_width):
    if max_width is None or len(text) <= max_width:
        return text
    if max_width < 2:
        return text[:max_width]
    return text[:max_width - 1] + ELLIPSIS


def _prepare(table, max_width):
    header = [_truncate(h, max_width) for h in table.headers]
    body = [[_truncate(c.replace("\n", " "), max_width) for c in row] for row in table.text_rows()]
    widths = [len(h) for h in header]
    for row in body:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    return header, body, widths


def _pad(text, width):
    return text.ljust(width)


def _line(cells, widths, sep):
    return sep.join(_pad(c, w) for c, w in zip(cells, widths))


def _render_plain(header, body, widths):
    out = [_line(header, widths, "  ").rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out.extend(_line(row, widths, "  ").rstrip() for row in body)
    return out


def _render_grid(header, body, widths):
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule, "| " + _line(header, widths, " | ") + " |", rule]
    for row in body:
        out.append("| " + _line(row, widths, " | ") + " |")
    out.append(rule)
    return out


def _escape_md(text):
    return text.replace("|", "\\|")


def _render_markdown(header, body, widths):
    header = [_escape_md(h) for h in header]
    body = [[_escape_md(c) for c in row] for row in body]
    widths = [max(w, 3, len(h), *(len(r[i]) for r in body)) for i, (w, h) in enumerate(zip(widths, header))]
    out = ["| " + _line(header, widths, " | ") + " |"]
    out.append("| " + " | ".join("-" * w for w in widths) + " |")
    for row in body:
        out.append("| " + _line(row, widths, " | ") + " |")
    return out


def render(table, style="plain", max_width=None):
    """Render ``table`` as a string in one of ``STYLES``.

    ``max_width`` truncates every cell (header included) to that many
    characters, marking the cut with an ellipsis.
    """
    if style not in STYLES:
        raise TableError("unknown style %r (choose from %s)" % (style, ", ".join(STYLES)))
    header, body, widths = _prepare(table, max_width)
    renderer = {"plain": _render_plain, "grid": _render_grid, "markdown": _render_markdown}[style]
    return "\n".join(renderer(header, body, widths))
