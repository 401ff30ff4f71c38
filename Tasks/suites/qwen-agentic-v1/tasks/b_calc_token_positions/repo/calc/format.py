"""Source formatting helpers built on the token stream."""

from html import escape

from .lexer import tokenize

_NO_SPACE_BEFORE = {")", "]", ",", ";"}
_NO_SPACE_AFTER = {"(", "["}
_CSS = {"NUMBER": "num", "STRING": "str", "NAME": "name", "KEYWORD": "kw", "OP": "op"}


def _text(kind, value):
    if kind == "STRING":
        return '"%s"' % value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    if kind == "NUMBER":
        return repr(value)
    return value


def normalize(source):
    """Re-emit ``source`` with canonical spacing; comments are dropped.

    >>> normalize("let  x=max( 1,2 )*3;x")
    'let x = max(1, 2) * 3; x'
    """
    out = []
    prev = None
    for kind, value in tokenize(source):
        if kind == "EOF":
            break
        text = _text(kind, value)
        if prev is not None:
            prev_kind, prev_value = prev
            glue = (
                (kind == "OP" and value in _NO_SPACE_BEFORE)
                or (prev_kind == "OP" and prev_value in _NO_SPACE_AFTER)
                or (kind == "OP" and value in ("(", "[") and prev_kind in ("NAME", "OP") and prev_value not in ("=", "=>", ",", "+", "-", "*", "/", "%", "^", "==", "!=", "<", "<=", ">", ">="))
                or (kind == "OP" and value in ("(", "[") and prev_kind == "KEYWORD" and prev_value == "fn")
            )
            if prev_kind == "OP" and prev_value in (")", "]") and kind == "OP" and value in ("(", "["):
                glue = True
            out.append("" if glue else " ")
        out.append(text)
        prev = (kind, value)
    return "".join(out)


def to_html(source):
    """Wrap every token in a ``<span class=...>``; tokens are joined by single spaces."""
    spans = []
    for kind, value in tokenize(source):
        if kind == "EOF":
            continue
        spans.append('<span class="%s">%s</span>' % (_CSS[kind], escape(_text(kind, value))))
    return '<code class="calc">%s</code>' % " ".join(spans)


def token_counts(source):
    """How many tokens of each kind ``source`` has (EOF excluded)."""
    counts = {}
    for kind, _value in tokenize(source):
        if kind != "EOF":
            counts[kind] = counts.get(kind, 0) + 1
    return counts
