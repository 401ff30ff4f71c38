"""Column definitions and per-row conversion."""

from decimal import Decimal, InvalidOperation


class SchemaError(Exception):
    """The file as a whole cannot be imported."""


class RowError(Exception):
    """A single row is invalid; the import continues with the others."""

    def __init__(self, line_no, message):
        super().__init__("line %d: %s" % (line_no, message))
        self.line_no = line_no


def _text(value):
    return value


def _int(value):
    try:
        return int(value)
    except ValueError:
        raise ValueError("%r is not a whole number" % value)


def _money(value):
    try:
        return Decimal(value.replace(",", "."))
    except InvalidOperation:
        raise ValueError("%r is not an amount" % value)


# name -> (converter, required, default)
COLUMNS = {
    "sku": (_text, True, None),
    "name": (_text, False, ""),
    "qty": (_int, True, None),
    "location": (_text, False, "MAIN"),
    "unit_cost": (_money, False, None),
}


def validate_headers(headers):
    missing = [name for name, (_, required, _) in COLUMNS.items()
               if required and name not in headers]
    if missing:
        raise SchemaError(
            "missing required column(s): %s; found columns: %s"
            % (", ".join(missing), ", ".join(headers))
        )
    unknown = [h for h in headers if h not in COLUMNS]
    return unknown


def convert_row(line_no, values):
    result = {}
    for name, (convert, required, default) in COLUMNS.items():
        raw = values.get(name, "")
        if raw == "":
            if required:
                raise RowError(line_no, "%s is empty" % name)
            result[name] = default
            continue
        try:
            result[name] = convert(raw)
        except ValueError as exc:
            raise RowError(line_no, "%s: %s" % (name, exc))
    if result["qty"] < 0:
        raise RowError(line_no, "qty must not be negative")
    result["sku"] = result["sku"].upper()
    return result
