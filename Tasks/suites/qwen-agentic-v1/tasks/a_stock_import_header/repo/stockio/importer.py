"""Merge CSV stock lists into an :class:`Inventory`."""

from .reader import read_bytes, read_file
from .schema import RowError, convert_row, validate_headers


class ImportReport:
    def __init__(self):
        self.added = 0
        self.updated = 0
        self.errors = []
        self.ignored_columns = []

    @property
    def ok(self):
        return not self.errors

    def summary(self):
        text = "%d added, %d updated, %d errors" % (self.added, self.updated, len(self.errors))
        if self.ignored_columns:
            text += " (ignored columns: %s)" % ", ".join(self.ignored_columns)
        return text


def _apply(headers, rows, inventory):
    report = ImportReport()
    report.ignored_columns = validate_headers(headers)
    for line_no, values in rows:
        try:
            row = convert_row(line_no, values)
        except RowError as exc:
            report.errors.append(str(exc))
            continue
        existed = inventory.set_level(row["sku"], row["location"], row["qty"],
                                      name=row["name"], unit_cost=row["unit_cost"])
        if existed:
            report.updated += 1
        else:
            report.added += 1
    return report


def import_file(path, inventory):
    headers, rows = read_file(path)
    return _apply(headers, rows, inventory)


def import_bytes(data, inventory):
    """Import an uploaded file given as bytes (or already decoded text)."""
    headers, rows = read_bytes(data)
    return _apply(headers, rows, inventory)
