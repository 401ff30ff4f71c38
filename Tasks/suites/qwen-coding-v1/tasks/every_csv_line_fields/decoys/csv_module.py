import csv
from typing import List


def split_csv_line(line: str, delimiter: str = ",", quote: str = '"') -> List[str]:
    if len(delimiter) != 1 or len(quote) != 1 or delimiter == quote:
        raise ValueError("delimiter and quote must be distinct single characters")
    if line.endswith("\r\n"):
        line = line[:-2]
    elif line.endswith("\n"):
        line = line[:-1]
    try:
        rows = list(csv.reader([line], delimiter=delimiter, quotechar=quote))
    except csv.Error as exc:
        raise ValueError(str(exc)) from None
    return rows[0] if rows else []
