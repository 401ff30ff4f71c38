import re

_SPLIT = re.compile(r"(?<!\\)\|")
_DELIM = re.compile(r":?-+:?")


def _cells(line):
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [c.replace("\\|", "|").strip() for c in _SPLIT.split(s)]


def parse_md_table(text: str) -> list[dict[str, str]]:
    lines = [l for l in text.splitlines() if l.strip()]
    if len(lines) < 2:
        raise ValueError("need a header and a delimiter row")
    header = _cells(lines[0])
    delim = _cells(lines[1])
    if len(delim) != len(header) or not all(_DELIM.fullmatch(c) for c in delim):
        raise ValueError("bad delimiter row")
    return [dict(zip(header, _cells(line))) for line in lines[2:]]
