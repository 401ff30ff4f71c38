import re

_TOKEN = re.compile(
    r"(?P<ws>\s+)"
    r"|(?P<num>[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)"
    r"|(?P<str>'(?:[^']|'')*')"
    r"|(?P<qid>\"(?:[^\"]|\"\")*\")"
    r"|(?P<id>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>>=|<=|<>|!=|=|<|>|\(|\)|,)"
)
_KEYWORDS = {"AND", "OR", "NOT", "IN", "LIKE", "IS", "NULL"}


def tokenize(query: str) -> list[tuple[str, str]]:
    out = []
    pos = 0
    n = len(query)
    while pos < n:
        m = _TOKEN.match(query, pos)
        if not m:
            raise ValueError("unexpected character at position %d" % pos)
        kind = m.lastgroup
        text = m.group()
        if kind == "num":
            nxt = query[m.end():m.end() + 1]
            if nxt and (nxt.isascii() and (nxt.isalpha() or nxt in "_.")):
                raise ValueError("malformed number at position %d" % pos)
            out.append(("NUMBER", text))
        elif kind == "str":
            out.append(("STRING", text[1:-1].replace("''", "'")))
        elif kind == "qid":
            out.append(("IDENT", text[1:-1].replace('""', '"')))
        elif kind == "id":
            if text.upper() in _KEYWORDS:
                out.append(("KEYWORD", text.upper()))
            else:
                out.append(("IDENT", text))
        elif kind == "op":
            out.append(("OP", text))
        pos = m.end()
    return out
