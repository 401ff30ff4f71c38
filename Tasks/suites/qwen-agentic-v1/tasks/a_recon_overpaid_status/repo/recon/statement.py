"""Parsing bank statement exports.

Banks export CSV in many shapes.  We recognise the columns by their header
names (see ``HEADER_ALIASES``) and support two layouts:

* a single signed amount column (``Amount``), or
* separate ``Debit`` / ``Credit`` columns (both unsigned).

Amounts may carry currency symbols, thousands separators, a decimal comma
(``1.234,50``), parentheses or a trailing minus for negatives, and a
``CR``/``DR`` suffix.  Dates may be ISO (``2024-03-01``), European
(``01.03.2024``) or slashed; the order of slashed dates is configurable
because it cannot be guessed reliably.
"""

import csv
import io
import re
from datetime import date
from decimal import Decimal

HEADER_ALIASES = {
    "date": ("date", "booking date", "value date", "transaction date", "posted"),
    "amount": ("amount", "value", "amount (eur)", "amount (usd)", "sum"),
    "debit": ("debit", "withdrawal", "paid out", "money out"),
    "credit": ("credit", "deposit", "paid in", "money in"),
    "memo": ("memo", "description", "details", "reference", "narrative", "purpose"),
    "payer": ("payer", "counterparty", "name", "from", "beneficiary"),
}

CURRENCY_MARKS = "€$£¥"
REFERENCE_RE = re.compile(r"\b(INV)[\s\-_#]*(\d{3,})\b", re.IGNORECASE)


class StatementError(ValueError):
    def __init__(self, message, line_no=None):
        if line_no is not None:
            message = "line %d: %s" % (line_no, message)
        super().__init__(message)
        self.line_no = line_no


class StatementLine:
    """One booking.  ``amount`` is positive for money received."""

    __slots__ = ("line_no", "booked", "amount", "memo", "payer")

    def __init__(self, line_no, booked, amount, memo="", payer=""):
        self.line_no = line_no
        self.booked = booked
        self.amount = amount
        self.memo = memo
        self.payer = payer

    @property
    def references(self):
        """Invoice numbers mentioned in the memo, normalised to ``INV-nnnn``."""
        seen = []
        for _, digits in REFERENCE_RE.findall(self.memo):
            ref = "INV-" + digits
            if ref not in seen:
                seen.append(ref)
        return seen

    def key(self):
        return (self.booked, self.amount, self.memo.strip().lower(), self.payer.strip().lower())

    def __repr__(self):
        return "StatementLine(%d, %s, %s, %r)" % (self.line_no, self.booked, self.amount, self.memo)


# ---------------------------------------------------------------------------
# amounts
# ---------------------------------------------------------------------------

def _split_sign(text):
    """Strip sign markers; return ``(unsigned_text, sign)``."""
    sign = 1
    text = text.strip()
    upper = text.upper()
    if upper.endswith("CR"):
        text = text[:-2].strip()
    elif upper.endswith("DR"):
        text = text[:-2].strip()
        sign = -sign
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
        sign = -sign
    if text.endswith("-"):
        text = text[:-1].strip()
        sign = -sign
    if text.startswith("-"):
        text = text[1:].strip()
        sign = -sign
    elif text.startswith("+"):
        text = text[1:].strip()
    return text, sign


def _normalise_separators(text, decimal_comma):
    """Return the digits with a '.' decimal point and no grouping."""
    text = text.replace(" ", "").replace("\u00a0", "").replace("'", "")
    if decimal_comma is None:
        # guess from the right-most separator: followed by exactly three
        # digits it groups thousands, otherwise it is the decimal point
        last = max(text.rfind(","), text.rfind("."))
        if last == -1:
            decimal_comma = False
        elif len(text) - last - 1 == 3:
            decimal_comma = text[last] == "."
        else:
            decimal_comma = text[last] == ","
    if decimal_comma:
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    return text


def parse_amount(text, decimal_comma=None):
    """Parse a money amount into a :class:`Decimal` with two places.

    ``decimal_comma`` forces the decimal separator (``True`` for ``,``);
    ``None`` guesses from the text.
    """
    if text is None or not text.strip():
        raise ValueError("empty amount")
    body, sign = _split_sign(text)
    body = body.strip(CURRENCY_MARKS + " ")
    body, inner_sign = _split_sign(body)
    sign *= inner_sign
    for code in ("EUR", "USD", "GBP", "CHF"):
        if body.upper().startswith(code):
            body = body[3:].strip()
        elif body.upper().endswith(code):
            body = body[:-3].strip()
    cleaned = _normalise_separators(body, decimal_comma)
    if not re.fullmatch(r"\d+(\.\d+)?|\.\d+", cleaned):
        raise ValueError("not an amount: %r" % text)
    value = round(float(cleaned), 2)
    return Decimal(value) * sign


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

def parse_date(text, slash_order="dmy"):
    text = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
        return date(y, mo, d)
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})", text)
    if m:
        d, mo, y = (int(g) for g in m.groups())
        return date(_full_year(y), mo, d)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text)
    if m:
        a, b, y = (int(g) for g in m.groups())
        if slash_order == "dmy":
            d, mo = a, b
        elif slash_order == "mdy":
            mo, d = a, b
        else:
            raise ValueError("slash_order must be 'dmy' or 'mdy'")
        return date(_full_year(y), mo, d)
    raise ValueError("unrecognised date %r" % text)


def _full_year(y):
    if y >= 100:
        return y
    return 2000 + y if y < 70 else 1900 + y


# ---------------------------------------------------------------------------
# layout detection
# ---------------------------------------------------------------------------

def _detect_dialect(sample):
    first = sample.split("\n", 1)[0]
    counts = {d: first.count(d) for d in ",;\t|"}
    delimiter = max(counts, key=counts.get)
    return delimiter if counts[delimiter] else ","


def map_columns(headers):
    """Map our field names to column indexes using ``HEADER_ALIASES``."""
    mapping = {}
    for index, raw in enumerate(headers):
        name = raw.strip().lower()
        for field, aliases in HEADER_ALIASES.items():
            if name in aliases and field not in mapping:
                mapping[field] = index
                break
    if "date" not in mapping:
        raise StatementError("no date column in header %r" % (headers,))
    if "amount" not in mapping and not ("debit" in mapping and "credit" in mapping):
        raise StatementError("need an amount column or debit and credit columns")
    return mapping


def _cell(record, mapping, field):
    index = mapping.get(field)
    if index is None or index >= len(record):
        return ""
    return record[index].strip()


def _line_amount(record, mapping, line_no, decimal_comma):
    try:
        if "amount" in mapping:
            return parse_amount(_cell(record, mapping, "amount"), decimal_comma)
        debit = _cell(record, mapping, "debit")
        credit = _cell(record, mapping, "credit")
        if debit and credit:
            raise StatementError("both debit and credit filled", line_no)
        if credit:
            return abs(parse_amount(credit, decimal_comma))
        if debit:
            return -abs(parse_amount(debit, decimal_comma))
        raise StatementError("no amount", line_no)
    except ValueError as exc:
        if isinstance(exc, StatementError):
            raise
        raise StatementError(str(exc), line_no) from None


def parse_statement(text, slash_order="dmy", decimal_comma=None, skip_duplicates=True):
    """Parse a CSV statement export into a list of :class:`StatementLine`."""
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text), delimiter=_detect_dialect(text))
    mapping = None
    lines = []
    seen = set()
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        line_no = reader.line_num
        if mapping is None:
            mapping = map_columns(record)
            continue
        try:
            booked = parse_date(_cell(record, mapping, "date"), slash_order)
        except ValueError as exc:
            raise StatementError(str(exc), line_no) from None
        amount = _line_amount(record, mapping, line_no, decimal_comma)
        line = StatementLine(line_no, booked, amount,
                             _cell(record, mapping, "memo"), _cell(record, mapping, "payer"))
        if skip_duplicates:
            if line.key() in seen:
                continue
            seen.add(line.key())
        lines.append(line)
    if mapping is None:
        raise StatementError("statement is empty")
    return lines


# ---------------------------------------------------------------------------
# fixed-width exports (older banking software)
# ---------------------------------------------------------------------------

#: Default layout of the fixed-width export: field -> (start, end) columns.
FIXED_LAYOUT = {
    "date": (0, 10),
    "amount": (10, 24),
    "payer": (24, 44),
    "memo": (44, None),
}


def parse_fixed_width(text, layout=None, slash_order="dmy", decimal_comma=None):
    """Parse a fixed-width export.  Lines starting with ``*`` are comments."""
    layout = layout or FIXED_LAYOUT
    for field in ("date", "amount"):
        if field not in layout:
            raise StatementError("fixed layout needs a %s field" % field)
    lines = []
    for line_no, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.lstrip().startswith("*"):
            continue
        cells = {field: raw[start:end].strip() for field, (start, end) in layout.items()}
        try:
            booked = parse_date(cells["date"], slash_order)
            amount = parse_amount(cells["amount"], decimal_comma)
        except ValueError as exc:
            raise StatementError(str(exc), line_no) from None
        lines.append(StatementLine(line_no, booked, amount, cells.get("memo", ""), cells.get("payer", "")))
    return lines


def totals(lines):
    """Return ``(received, paid_out, net)`` for a list of statement lines."""
    received = sum((l.amount for l in lines if l.amount > 0), Decimal("0"))
    paid_out = sum((-l.amount for l in lines if l.amount < 0), Decimal("0"))
    return received, paid_out, received - paid_out


def between(lines, start=None, end=None):
    """Lines booked within ``[start, end]`` (either bound may be ``None``)."""
    return [l for l in lines
            if (start is None or l.booked >= start) and (end is None or l.booked <= end)]
