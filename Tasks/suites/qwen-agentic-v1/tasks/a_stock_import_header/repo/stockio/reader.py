"""Reading raw CSV rows."""

import csv
import io

from .textio import decode_upload, open_text

DELIMITERS = ",;\t"


def _guess_delimiter(first_line):
    counts = {d: first_line.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_rows(stream):
    """Return ``(headers, rows)`` where rows are ``(line_no, dict)`` pairs.

    Blank lines are skipped.  Header names are stripped of surrounding spaces
    and lower-cased so ``" SKU "`` and ``sku`` are the same column.
    """
    text = stream.read()
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text), delimiter=_guess_delimiter(first_line))
    headers = None
    rows = []
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue
        if headers is None:
            headers = [cell.strip().lower() for cell in record]
            continue
        values = dict(zip(headers, (cell.strip() for cell in record)))
        rows.append((reader.line_num, values))
    return headers or [], rows


def read_file(path):
    with open_text(path) as fh:
        return read_rows(fh)


def read_bytes(data):
    return read_rows(io.StringIO(decode_upload(data)))
