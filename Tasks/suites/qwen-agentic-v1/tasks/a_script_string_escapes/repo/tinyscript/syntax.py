"""Lexer and recursive-descent parser for tinyscript.

Grammar (informal)::

    program    := statement*
    statement  := "let" NAME "=" expr ";"
                | NAME "=" expr ";"
                | "print" expr ";"
                | "if" expr block ("else" (block | if-statement))?
                | "while" expr block
                | "for_each" NAME "in" expr block
                | "fn" NAME "(" params? ")" block
                | "return" expr? ";"
                | expr ";"
    block      := "{" statement* "}"
    expr       := or_expr
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum)?
    sum        := term (("+" | "-") term)*
    term       := unary (("*" | "/" | "%") unary)*
    unary      := "-" unary | call
    call       := primary ("(" args? ")" | "[" expr "]")*
    primary    := NUMBER | STRING | "true" | "false" | "nil" | NAME
                | "(" expr ")" | "[" args? "]"
"""

from collections import namedtuple

KEYWORDS = {
    "let", "print", "if", "else", "while", "for_each", "in", "fn", "return",
    "and", "or", "not", "true", "false", "nil",
}

OPERATORS = [
    "==", "!=", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%",
    "(", ")", "{", "}", "[", "]", ",", ";",
]

ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "0": "\0"}

Token = namedtuple("Token", "kind value line col")


class LexError(Exception):
    def __init__(self, message, line, col):
        super().__init__("line %d, col %d: %s" % (line, col, message))
        self.line = line
        self.col = col


class ParseError(Exception):
    def __init__(self, message, token):
        super().__init__("line %d, col %d: %s" % (token.line, token.col, message))
        self.line = token.line
        self.col = token.col


class Lexer:
    def __init__(self, source):
        self.src = source
        self.pos = 0
        self.line = 1
        self.col = 1
        self.tokens = []

    # -- helpers -----------------------------------------------------
    def _peek(self, offset=0):
        i = self.pos + offset
        return self.src[i] if i < len(self.src) else ""

    def _advance(self, count):
        for _ in range(count):
            if self.pos >= len(self.src):
                return
            if self.src[self.pos] == "\n":
                self.line += 1
                self.col = 1
            else:
                self.col += 1
            self.pos += 1

    def _emit(self, kind, value, lexeme):
        self.tokens.append(Token(kind, value, self.line, self.col))
        self._advance(len(lexeme))

    def _error(self, message):
        raise LexError(message, self.line, self.col)

    # -- scanners ----------------------------------------------------
    def _skip_space_and_comments(self):
        while self.pos < len(self.src):
            c = self._peek()
            if c in " \t\r\n":
                self._advance(1)
            elif c == "#":
                while self.pos < len(self.src) and self._peek() != "\n":
                    self._advance(1)
            else:
                return

    def _number(self):
        end = self.pos
        seen_dot = False
        while end < len(self.src) and (self.src[end].isdigit() or (self.src[end] == "." and not seen_dot)):
            if self.src[end] == ".":
                if end + 1 >= len(self.src) or not self.src[end + 1].isdigit():
                    break
                seen_dot = True
            end += 1
        text = self.src[self.pos:end]
        value = float(text) if seen_dot else int(text)
        self._emit("NUMBER", value, text)

    def _name(self):
        end = self.pos
        while end < len(self.src) and (self.src[end].isalnum() or self.src[end] == "_"):
            end += 1
        text = self.src[self.pos:end]
        kind = text.upper() if text in KEYWORDS else "NAME"
        self._emit(kind, text, text)

    def _string(self):
        quote = self._peek()
        i = self.pos + 1
        chars = []
        while True:
            if i >= len(self.src) or self.src[i] == "\n":
                self._error("unterminated string")
            c = self.src[i]
            if c == quote:
                break
            if c == "\\":
                nxt = self.src[i + 1] if i + 1 < len(self.src) else ""
                if nxt not in ESCAPES:
                    raise LexError("unknown escape \\%s" % nxt, self.line, self.col + (i - self.pos))
                chars.append(ESCAPES[nxt])
                i += 2
                continue
            chars.append(c)
            i += 1
        value = "".join(chars)
        self._emit("STRING", value, quote + value + quote)

    def _operator(self):
        for op in OPERATORS:
            if self.src.startswith(op, self.pos):
                self._emit("OP", op, op)
                return
        self._error("unexpected character %r" % self._peek())

    def tokenize(self):
        while True:
            self._skip_space_and_comments()
            if self.pos >= len(self.src):
                break
            c = self._peek()
            if c.isdigit():
                self._number()
            elif c.isalpha() or c == "_":
                self._name()
            elif c in "\"'":
                self._string()
            else:
                self._operator()
        self.tokens.append(Token("EOF", None, self.line, self.col))
        return self.tokens


def tokenize(source):
    return Lexer(source).tokenize()


# ---------------------------------------------------------------------------
# AST nodes
# ---------------------------------------------------------------------------

Let = namedtuple("Let", "name expr line")
Assign = namedtuple("Assign", "name expr line")
Print = namedtuple("Print", "expr line")
If = namedtuple("If", "cond then otherwise line")
While = namedtuple("While", "cond body line")
ForEach = namedtuple("ForEach", "name iterable body line")
FnDef = namedtuple("FnDef", "name params body line")
Return = namedtuple("Return", "expr line")
ExprStmt = namedtuple("ExprStmt", "expr line")

Literal = namedtuple("Literal", "value line")
Var = namedtuple("Var", "name line")
ListLit = namedtuple("ListLit", "items line")
Binary = namedtuple("Binary", "op left right line")
Unary = namedtuple("Unary", "op operand line")
Call = namedtuple("Call", "callee args line")
Index = namedtuple("Index", "target index line")

COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def _tok(self):
        return self.tokens[self.i]

    def _at(self, kind, value=None):
        tok = self._tok()
        return tok.kind == kind and (value is None or tok.value == value)

    def _at_op(self, *ops):
        tok = self._tok()
        return tok.kind == "OP" and tok.value in ops

    def _take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def _expect(self, kind, value=None):
        if not self._at(kind, value):
            tok = self._tok()
            wanted = value if value is not None else kind.lower()
            got = tok.value if tok.kind != "EOF" else "end of input"
            raise ParseError("expected %s, got %r" % (wanted, got), tok)
        return self._take()

    # -- statements --------------------------------------------------
    def program(self):
        body = []
        while not self._at("EOF"):
            body.append(self.statement())
        return body

    def block(self):
        self._expect("OP", "{")
        body = []
        while not self._at_op("}"):
            if self._at("EOF"):
                raise ParseError("missing '}'", self._tok())
            body.append(self.statement())
        self._take()
        return body

    def statement(self):
        tok = self._tok()
        if tok.kind == "LET":
            self._take()
            name = self._expect("NAME").value
            self._expect("OP", "=")
            expr = self.expr()
            self._expect("OP", ";")
            return Let(name, expr, tok.line)
        if tok.kind == "PRINT":
            self._take()
            expr = self.expr()
            self._expect("OP", ";")
            return Print(expr, tok.line)
        if tok.kind == "IF":
            return self.if_statement()
        if tok.kind == "WHILE":
            self._take()
            cond = self.expr()
            return While(cond, self.block(), tok.line)
        if tok.kind == "FOR_EACH":
            self._take()
            name = self._expect("NAME").value
            self._expect("IN")
            iterable = self.expr()
            return ForEach(name, iterable, self.block(), tok.line)
        if tok.kind == "FN":
            self._take()
            name = self._expect("NAME").value
            self._expect("OP", "(")
            params = []
            if not self._at_op(")"):
                params.append(self._expect("NAME").value)
                while self._at_op(","):
                    self._take()
                    params.append(self._expect("NAME").value)
            self._expect("OP", ")")
            return FnDef(name, params, self.block(), tok.line)
        if tok.kind == "RETURN":
            self._take()
            expr = None if self._at_op(";") else self.expr()
            self._expect("OP", ";")
            return Return(expr, tok.line)
        if tok.kind == "NAME" and self.tokens[self.i + 1].kind == "OP" and self.tokens[self.i + 1].value == "=":
            self._take()
            self._take()
            expr = self.expr()
            self._expect("OP", ";")
            return Assign(tok.value, expr, tok.line)
        expr = self.expr()
        self._expect("OP", ";")
        return ExprStmt(expr, tok.line)

    def if_statement(self):
        tok = self._expect("IF")
        cond = self.expr()
        then = self.block()
        otherwise = []
        if self._at("ELSE"):
            self._take()
            if self._at("IF"):
                otherwise = [self.if_statement()]
            else:
                otherwise = self.block()
        return If(cond, then, otherwise, tok.line)

    # -- expressions -------------------------------------------------
    def expr(self):
        return self.or_expr()

    def or_expr(self):
        left = self.and_expr()
        while self._at("OR"):
            tok = self._take()
            left = Binary("or", left, self.and_expr(), tok.line)
        return left

    def and_expr(self):
        left = self.not_expr()
        while self._at("AND"):
            tok = self._take()
            left = Binary("and", left, self.not_expr(), tok.line)
        return left

    def not_expr(self):
        if self._at("NOT"):
            tok = self._take()
            return Unary("not", self.not_expr(), tok.line)
        return self.comparison()

    def comparison(self):
        left = self.sum()
        if self._at_op(*COMPARISONS):
            tok = self._take()
            left = Binary(tok.value, left, self.sum(), tok.line)
        return left

    def sum(self):
        left = self.term()
        while self._at_op("+", "-"):
            tok = self._take()
            left = Binary(tok.value, left, self.term(), tok.line)
        return left

    def term(self):
        left = self.unary()
        while self._at_op("*", "/", "%"):
            tok = self._take()
            left = Binary(tok.value, left, self.unary(), tok.line)
        return left

    def unary(self):
        if self._at_op("-"):
            tok = self._take()
            return Unary("-", self.unary(), tok.line)
        return self.call()

    def call(self):
        node = self.primary()
        while True:
            if self._at_op("("):
                tok = self._take()
                node = Call(node, self._args(")"), tok.line)
            elif self._at_op("["):
                tok = self._take()
                index = self.expr()
                self._expect("OP", "]")
                node = Index(node, index, tok.line)
            else:
                return node

    def _args(self, closer):
        args = []
        if not self._at_op(closer):
            args.append(self.expr())
            while self._at_op(","):
                self._take()
                args.append(self.expr())
        self._expect("OP", closer)
        return args

    def primary(self):
        tok = self._tok()
        if tok.kind in ("NUMBER", "STRING"):
            self._take()
            return Literal(tok.value, tok.line)
        if tok.kind in ("TRUE", "FALSE"):
            self._take()
            return Literal(tok.kind == "TRUE", tok.line)
        if tok.kind == "NIL":
            self._take()
            return Literal(None, tok.line)
        if tok.kind == "NAME":
            self._take()
            return Var(tok.value, tok.line)
        if self._at_op("("):
            self._take()
            inner = self.expr()
            self._expect("OP", ")")
            return inner
        if self._at_op("["):
            self._take()
            return ListLit(self._args("]"), tok.line)
        got = tok.value if tok.kind != "EOF" else "end of input"
        raise ParseError("unexpected %r" % (got,), tok)


def parse(source):
    return Parser(tokenize(source)).program()
