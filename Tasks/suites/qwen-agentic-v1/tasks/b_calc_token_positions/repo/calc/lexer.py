"""Turns formula source text into tokens.

Token kinds: NUMBER, STRING, NAME, KEYWORD, OP and a final EOF.
Whitespace (newlines included) and ``#`` comments are skipped.
"""

import re

from .errors import LexError

KEYWORDS = frozenset(["let", "if", "then", "else", "and", "or", "not", "true", "false", "fn"])

# Longest operators first so that "<=" wins over "<".
OPERATORS = ["=>", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "^", "<", ">", "=",
             "(", ")", "[", "]", ",", ";"]

_TOKEN_RE = re.compile(
    r"""
    (?P<WS>[ \t\r\n]+)
  | (?P<COMMENT>\#[^\n]*)
  | (?P<NUMBER>(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?)
  | (?P<STRING>"(?:[^"\\\n]|\\.)*")
  | (?P<NAME>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<OP>%s)
    """ % "|".join(re.escape(op) for op in OPERATORS),
    re.VERBOSE,
)

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _unescape(body):
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            nxt = body[i + 1]
            if nxt not in _ESCAPES:
                raise LexError("unknown escape \\%s in string" % nxt)
            out.append(_ESCAPES[nxt])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def tokenize(source):
    """Return the list of ``(kind, value)`` tuples for ``source``, ending with EOF.

    NUMBER values are int or float, STRING values are unescaped, everything
    else keeps its text.
    """
    tokens = []
    pos = 0
    while pos < len(source):
        m = _TOKEN_RE.match(source, pos)
        if m is None:
            if source[pos] == '"':
                raise LexError("unterminated string starting at offset %d" % pos)
            raise LexError("unexpected character %r at offset %d" % (source[pos], pos))
        kind = m.lastgroup
        text = m.group()
        pos = m.end()
        if kind in ("WS", "COMMENT"):
            continue
        if kind == "NUMBER":
            value = float(text) if any(c in text for c in ".eE") else int(text)
        elif kind == "STRING":
            value = _unescape(text[1:-1])
        elif kind == "NAME" and text in KEYWORDS:
            kind, value = "KEYWORD", text
        else:
            value = text
        tokens.append((kind, value))
    tokens.append(("EOF", None))
    return tokens
