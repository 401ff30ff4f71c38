"""Recursive-descent parser for the formula language.

Grammar (lowest precedence first)::

    program    := statement (";" statement)* [";"]
    statement  := "let" NAME "=" expr | expr
    expr       := lambda | conditional | or_expr
    lambda     := "fn" "(" [NAME ("," NAME)*] ")" "=>" expr
    conditional:= "if" expr "then" expr "else" expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := additive [("==" | "!=" | "<" | "<=" | ">" | ">=") additive]
    additive   := term (("+" | "-") term)*
    term       := unary (("*" | "/" | "%") unary)*
    unary      := "-" unary | power
    power      := postfix ["^" unary]
    postfix    := primary ("(" args ")" | "[" expr "]")*
    primary    := NUMBER | STRING | "true" | "false" | NAME | "(" expr ")" | "[" items "]"

Comparisons do not chain: ``a < b < c`` is a syntax error.
"""

from . import nodes
from .errors import ParseError
from .lexer import tokenize

COMPARISON_OPS = ("==", "!=", "<", "<=", ">", ">=")
ADDITIVE_OPS = ("+", "-")
TERM_OPS = ("*", "/", "%")

# Nesting deeper than this is almost certainly generated garbage; refuse it
# instead of hitting Python's recursion limit.
MAX_DEPTH = 200


def describe(tok):
    """Human readable form of a token for error messages."""
    kind, value = tok[0], tok[1]
    if kind == "EOF":
        return "end of input"
    if kind == "STRING":
        return "string %r" % (value,)
    if kind == "NUMBER":
        return "number %s" % (value,)
    if kind == "NAME":
        return "name %r" % (value,)
    return repr(value)


class Parser:
    """Parses one token list. Use :func:`parse` or :func:`parse_expression`."""

    def __init__(self, tokens):
        if not tokens or tokens[-1][0] != "EOF":
            raise ValueError("token list must end with an EOF token")
        self.tokens = tokens
        self.pos = 0
        self.depth = 0

    # -- token helpers ----------------------------------------------------

    def peek(self, offset=0):
        index = min(self.pos + offset, len(self.tokens) - 1)
        return self.tokens[index]

    def advance(self):
        tok = self.tokens[self.pos]
        if tok[0] != "EOF":
            self.pos += 1
        return tok

    def at(self, kind, value=None):
        tok = self.peek()
        if tok[0] != kind:
            return False
        return value is None or tok[1] == value

    def at_op(self, *ops):
        tok = self.peek()
        return tok[0] == "OP" and tok[1] in ops

    def at_keyword(self, *words):
        tok = self.peek()
        return tok[0] == "KEYWORD" and tok[1] in words

    def accept(self, kind, value=None):
        if self.at(kind, value):
            return self.advance()
        return None

    def expect(self, kind, value=None, what=None):
        if self.at(kind, value):
            return self.advance()
        wanted = what or (repr(value) if value is not None else kind.lower())
        self.error("expected %s but found %s" % (wanted, describe(self.peek())))

    def error(self, message, tok=None):
        raise ParseError(message)

    def enter(self):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            self.error("expression nested too deeply")

    def leave(self):
        self.depth -= 1

    # -- statements -------------------------------------------------------

    def parse_program(self):
        statements = []
        while not self.at("EOF"):
            if self.accept("OP", ";"):
                continue  # empty statement
            statements.append(self.parse_statement())
            if not self.at("EOF"):
                self.expect("OP", ";", what="';' between statements")
        if not statements:
            self.error("empty program")
        return nodes.Program(statements)

    def parse_statement(self):
        if self.at_keyword("let"):
            self.advance()
            name = self.expect("NAME", what="a variable name after 'let'")[1]
            self.expect("OP", "=")
            return nodes.Let(name, self.parse_expr())
        return self.parse_expr()

    # -- expressions ------------------------------------------------------

    def parse_expr(self):
        self.enter()
        try:
            if self.at_keyword("fn"):
                return self.parse_lambda()
            if self.at_keyword("if"):
                return self.parse_conditional()
            return self.parse_or()
        finally:
            self.leave()

    def parse_lambda(self):
        self.expect("KEYWORD", "fn")
        self.expect("OP", "(")
        params = []
        if not self.at_op(")"):
            while True:
                tok = self.expect("NAME", what="a parameter name")
                if tok[1] in params:
                    self.error("duplicate parameter %r" % (tok[1],), tok)
                params.append(tok[1])
                if not self.accept("OP", ","):
                    break
        self.expect("OP", ")")
        self.expect("OP", "=>")
        return nodes.Lambda(params, self.parse_expr())

    def parse_conditional(self):
        self.expect("KEYWORD", "if")
        cond = self.parse_expr()
        self.expect("KEYWORD", "then")
        then = self.parse_expr()
        self.expect("KEYWORD", "else", what="'else' (every 'if' needs one)")
        otherwise = self.parse_expr()
        return nodes.If(cond, then, otherwise)

    def parse_or(self):
        left = self.parse_and()
        while self.at_keyword("or"):
            self.advance()
            left = nodes.Binary("or", left, self.parse_and())
        return left

    def parse_and(self):
        left = self.parse_not()
        while self.at_keyword("and"):
            self.advance()
            left = nodes.Binary("and", left, self.parse_not())
        return left

    def parse_not(self):
        if self.at_keyword("not"):
            self.advance()
            self.enter()
            try:
                return nodes.Unary("not", self.parse_not())
            finally:
                self.leave()
        return self.parse_comparison()

    def parse_comparison(self):
        left = self.parse_additive()
        if self.at_op(*COMPARISON_OPS):
            op = self.advance()[1]
            right = self.parse_additive()
            if self.at_op(*COMPARISON_OPS):
                self.error("comparisons cannot be chained; use 'and'")
            return nodes.Binary(op, left, right)
        return left

    def parse_additive(self):
        left = self.parse_term()
        while self.at_op(*ADDITIVE_OPS):
            op = self.advance()[1]
            left = nodes.Binary(op, left, self.parse_term())
        return left

    def parse_term(self):
        left = self.parse_unary()
        while self.at_op(*TERM_OPS):
            op = self.advance()[1]
            left = nodes.Binary(op, left, self.parse_unary())
        return left

    def parse_unary(self):
        if self.at_op("-"):
            self.advance()
            self.enter()
            try:
                operand = self.parse_unary()
            finally:
                self.leave()
            if isinstance(operand, nodes.Literal) and isinstance(operand.value, (int, float)) \
                    and not isinstance(operand.value, bool):
                return nodes.Literal(-operand.value)
            return nodes.Unary("-", operand)
        return self.parse_power()

    def parse_power(self):
        base = self.parse_postfix()
        if self.at_op("^"):
            self.advance()
            # right associative: 2^3^2 == 2^(3^2); the exponent may be negative
            return nodes.Binary("^", base, self.parse_unary())
        return base

    def parse_postfix(self):
        node = self.parse_primary()
        while True:
            if self.at_op("("):
                self.advance()
                node = nodes.Call(node, self.parse_items(")", "argument"))
            elif self.at_op("["):
                self.advance()
                index = self.parse_expr()
                self.expect("OP", "]")
                node = nodes.Index(node, index)
            else:
                return node

    def parse_items(self, closer, what):
        """Comma separated expressions up to ``closer`` (consumed); trailing comma allowed."""
        items = []
        while not self.at_op(closer):
            if self.at("EOF"):
                self.error("expected %r to close the %s list but found end of input" % (closer, what))
            items.append(self.parse_expr())
            if not self.accept("OP", ","):
                break
        self.expect("OP", closer)
        return items

    def parse_primary(self):
        tok = self.peek()
        kind, value = tok[0], tok[1]
        if kind in ("NUMBER", "STRING"):
            self.advance()
            return nodes.Literal(value)
        if kind == "KEYWORD" and value in ("true", "false"):
            self.advance()
            return nodes.Literal(value == "true")
        if kind == "NAME":
            self.advance()
            return nodes.Name(value)
        if kind == "OP" and value == "(":
            self.advance()
            inner = self.parse_expr()
            self.expect("OP", ")")
            return inner
        if kind == "OP" and value == "[":
            self.advance()
            return nodes.ListLit(self.parse_items("]", "list"))
        if kind == "EOF":
            self.error("unexpected end of input", tok)
        if kind == "KEYWORD":
            self.error("keyword %r cannot start an expression" % (value,), tok)
        self.error("unexpected %s" % describe(tok), tok)


def parse(source):
    """Parse a whole program (statements separated by ';')."""
    return Parser(tokenize(source)).parse_program()


def parse_expression(source):
    """Parse a single expression; anything after it is an error."""
    parser = Parser(tokenize(source))
    node = parser.parse_expr()
    if not parser.at("EOF"):
        parser.error("unexpected %s after the expression" % describe(parser.peek()))
    return node
