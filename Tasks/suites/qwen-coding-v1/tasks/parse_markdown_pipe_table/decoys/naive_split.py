import re

_DELIM = re.compile(r":?-+:?")


def _cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip() for c in s.split("|")]


def parse_md_table(text: str) -> list[dict[str, str]]:
    lines = [l for l in text.splitlines() if l.strip()]
    if len(lines) < 2:
        raise ValueError("need a header and a delimiter row")
    header = _cells(lines[0])
    delim = _cells(lines[1])
    if len(delim) != len(header) or not all(_DELIM.fullmatch(c) for c in delim):
        raise ValueError("bad delimiter row")
    rows = []
    for line in lines[2:]:
        cells = (_cells(line) + [""] * len(header))[:len(header)]
        rows.append(dict(zip(header, cells)))
    return rows
