"""Tokenizer and parser for cell formulas.

Formulas look like spreadsheet formulas without the leading ``=``::

    SUM(A1:A10) * 2 + IF(B1 > 0, B1, -B1) & " units"

Operators by increasing precedence: comparisons (``= <> < <= > >=``), ``&``
(text concatenation), ``+ -``, ``* /``, ``^`` (right associative), unary
minus.  References may use ``$`` anchors, which are ignored.

The parser produces nested tuples:

* ``("num", 1.5)``, ``("str", "text")``, ``("bool", True)``
* ``("ref", "A1")`` and ``("range", "A1", "B3")``
* ``("neg", node)``, ``("bin", op, left, right)``, ``("call", "SUM", [args])``
"""

import re

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|\.\d+)
  | (?P<str>"(?:[^"]|"")*")
  | (?P<ref>\$?[A-Za-z]{1,3}\$?[0-9]+)(?![A-Za-z0-9_(])
  | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<op><>|<=|>=|[-+*/^&=<>():,])
""", re.VERBOSE)

COMPARISONS = ("=", "<>", "<", "<=", ">", ">=")


class FormulaError(ValueError):
    pass


def tokenize(text):
    tokens = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m:
            raise FormulaError("unexpected %r at position %d" % (text[pos], pos))
        kind = m.lastgroup
        value = m.group(kind)
        pos = m.end()
        if kind == "ws":
            continue
        if kind == "num":
            value = float(value)
        elif kind == "str":
            value = value[1:-1].replace('""', '"')
        elif kind == "ref":
            value = value.replace("$", "").upper()
        elif kind == "name":
            value = value.upper()
        tokens.append((kind, value))
    tokens.append(("end", None))
    return tokens


class _Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect_op(self, op):
        kind, value = self.take()
        if kind != "op" or value != op:
            raise FormulaError("expected %r, got %r" % (op, value))

    def at_op(self, *ops):
        kind, value = self.peek()
        return kind == "op" and value in ops

    def parse(self):
        node = self.comparison()
        if self.peek()[0] != "end":
            raise FormulaError("unexpected %r" % (self.peek()[1],))
        return node

    def comparison(self):
        node = self.concat()
        while self.at_op(*COMPARISONS):
            op = self.take()[1]
            node = ("bin", op, node, self.concat())
        return node

    def concat(self):
        node = self.additive()
        while self.at_op("&"):
            self.take()
            node = ("bin", "&", node, self.additive())
        return node

    def additive(self):
        node = self.term()
        while self.at_op("+", "-"):
            op = self.take()[1]
            node = ("bin", op, node, self.term())
        return node

    def term(self):
        node = self.power()
        while self.at_op("*", "/"):
            op = self.take()[1]
            node = ("bin", op, node, self.power())
        return node

    def power(self):
        node = self.unary()
        if self.at_op("^"):
            self.take()
            return ("bin", "^", node, self.power())
        return node

    def unary(self):
        if self.at_op("-"):
            self.take()
            return ("neg", self.unary())
        if self.at_op("+"):
            self.take()
            return self.unary()
        return self.primary()

    def primary(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "str":
            return ("str", value)
        if kind == "ref":
            if self.at_op(":"):
                self.take()
                kind2, value2 = self.take()
                if kind2 != "ref":
                    raise FormulaError("bad range end %r" % (value2,))
                return ("range", value, value2)
            return ("ref", value)
        if kind == "name":
            if value in ("TRUE", "FALSE") and not self.at_op("("):
                return ("bool", value == "TRUE")
            self.expect_op("(")
            args = []
            if not self.at_op(")"):
                args.append(self.comparison())
                while self.at_op(","):
                    self.take()
                    args.append(self.comparison())
            self.expect_op(")")
            return ("call", value, args)
        if kind == "op" and value == "(":
            node = self.comparison()
            self.expect_op(")")
            return node
        raise FormulaError("unexpected %r" % (value,))


def parse_formula(text):
    """Parse a formula (without the leading ``=``) into a tuple tree."""
    return _Parser(tokenize(text)).parse()


def references(node):
    """All single references and ranges used anywhere in ``node``."""
    kind = node[0]
    if kind == "ref":
        return [node[1]]
    if kind == "range":
        return [node[1] + ":" + node[2]]
    if kind == "neg":
        return references(node[1])
    if kind == "bin":
        return references(node[2]) + references(node[3])
    if kind == "call":
        return [r for arg in node[2] for r in references(arg)]
    return []
