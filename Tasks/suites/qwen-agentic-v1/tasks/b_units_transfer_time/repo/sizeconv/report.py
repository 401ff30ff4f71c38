"""Transfer-time report: how long each file takes over each network link."""

from .units import convert, parse_rate


def transfer_seconds(size_bytes, rate_bits_per_second):
    """Seconds needed to move ``size_bytes`` at ``rate_bits_per_second``."""
    if rate_bits_per_second <= 0:
        raise ValueError("rate must be positive")
    return convert(size_bytes, "B", "b") / rate_bits_per_second


def _fmt_duration(seconds):
    if seconds < 1:
        return "%d ms" % round(seconds * 1000)
    if seconds < 120:
        return "%.1f s" % seconds
    if seconds < 7200:
        return "%.1f min" % (seconds / 60)
    return "%.1f h" % (seconds / 3600)


def build_rows(files, links, size_unit=None):
    """One row per file: ``[name, (size), time over link 1, time over link 2, ...]``.

    ``files`` is a list of ``(name, size_in_bytes)``; ``links`` a list of
    ``(label, "100 Mb/s")``.  With ``size_unit`` (e.g. ``"MB"``), a size column
    is added, in that unit.
    """
    rates = [(label, parse_rate(rate)) for label, rate in links]
    rows = []
    for name, size in files:
        row = [name]
        if size_unit:
            row.append("%.2f %s" % (convert(size, "B", size_unit), size_unit))
        for _label, bps in rates:
            row.append(_fmt_duration(transfer_seconds(size, bps)))
        rows.append(row)
    return rows


def render(files, links, size_unit=None):
    header = ["file"] + (["size"] if size_unit else []) + [label for label, _ in links]
    rows = [header] + build_rows(files, links, size_unit)
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    lines = []
    for row in rows:
        lines.append("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths)).rstrip())
    return "\n".join(lines) + "\n"
