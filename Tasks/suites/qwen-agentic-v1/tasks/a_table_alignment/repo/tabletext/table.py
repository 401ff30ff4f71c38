"""The table model."""


class TableError(ValueError):
    pass


def cell_text(value):
    """How a Python value is shown in a cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return ("%.2f" % value).rstrip("0").rstrip(".") if value != int(value) else "%d" % value
    return str(value)


class Table:
    """Headers plus rows of cells.  Cells are stored as given and turned
    into text only when rendering."""

    def __init__(self, headers, rows=()):
        self.headers = [str(h) for h in headers]
        if not self.headers:
            raise TableError("a table needs at least one column")
        self.rows = []
        for row in rows:
            self.add_row(row)

    @property
    def width(self):
        return len(self.headers)

    def add_row(self, row):
        row = list(row)
        if len(row) > self.width:
            raise TableError("row has %d cells, table has %d columns" % (len(row), self.width))
        row += [None] * (self.width - len(row))
        self.rows.append(row)

    def column(self, index_or_name):
        index = index_or_name
        if isinstance(index_or_name, str):
            try:
                index = self.headers.index(index_or_name)
            except ValueError:
                raise TableError("no column %r" % index_or_name) from None
        return [row[index] for row in self.rows]

    def text_rows(self):
        return [[cell_text(c) for c in row] for row in self.rows]

    @classmethod
    def from_dicts(cls, records, headers=None):
        records = list(records)
        if headers is None:
            headers = []
            for rec in records:
                for key in rec:
                    if key not in headers:
                        headers.append(key)
        return cls(headers, ([rec.get(h) for h in headers] for rec in records))

    def __eq__(self, other):
        return isinstance(other, Table) and self.headers == other.headers and self.rows == other.rows

    def __repr__(self):
        return "Table(%r, %d rows)" % (self.headers, len(self.rows))
