"""Recursive-descent parser for the supported SELECT dialect.

Grammar (keywords are case-insensitive)::

    query      := SELECT select_list FROM name [WHERE expr]
                  [ORDER BY order_item ("," order_item)*]
    select_list:= "*" | select_item ("," select_item)*
    select_item:= expr [[AS] name]
    order_item := expr [ASC | DESC]

    expr       := or_expr
    or_expr    := and_expr (OR and_expr)*
    and_expr   := not_expr (AND not_expr)*
    not_expr   := NOT not_expr | predicate
    predicate  := additive [ compare additive
                           | IS [NOT] NULL
                           | [NOT] IN "(" expr ("," expr)* ")"
                           | [NOT] LIKE additive
                           | [NOT] BETWEEN additive AND additive ]
    additive   := term (("+" | "-") term)*
    term       := unary (("*" | "/" | "%") unary)*
    unary      := "-" unary | primary
    primary    := number | string | NULL | TRUE | FALSE | "?" | case
                | name | name "(" [expr ("," expr)*] ")" | "(" expr ")"
    case       := CASE (WHEN expr THEN expr)+ [ELSE expr] END
"""

from minisql import ast
from minisql.errors import QueryError
from minisql.lexer import tokenize

COMPARISONS = ("=", "!=", "<>", "<", "<=", ">", ">=")
FUNCTIONS = {
    # name: (minimum arguments, maximum arguments or None for "any number")
    "LOWER": (1, 1),
    "UPPER": (1, 1),
    "LENGTH": (1, 1),
    "ABS": (1, 1),
    "ROUND": (1, 2),
    "COALESCE": (1, None),
}


class Parser:
    def __init__(self, text):
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0
        self.param_count = 0

    # ------------------------------------------------------------ helpers

    @property
    def current(self):
        return self.tokens[self.index]

    def advance(self):
        token = self.tokens[self.index]
        if token.kind != "end":
            self.index += 1
        return token

    def error(self, message, token=None):
        token = token or self.current
        return QueryError(message, token.pos)

    def accept_keyword(self, *names):
        if self.current.is_keyword(*names):
            return self.advance()
        return None

    def accept_symbol(self, *symbols):
        if self.current.is_symbol(*symbols):
            return self.advance()
        return None

    def expect_keyword(self, name):
        token = self.accept_keyword(name)
        if token is None:
            raise self.error(f"expected {name}, found {self.current.describe()}")
        return token

    def expect_symbol(self, symbol):
        token = self.accept_symbol(symbol)
        if token is None:
            raise self.error(f"expected {symbol!r}, found {self.current.describe()}")
        return token

    def expect_name(self, what):
        token = self.current
        if token.kind != "ident":
            raise self.error(f"expected {what}, found {token.describe()}")
        self.advance()
        return token.value

    # ------------------------------------------------------------ statements

    def parse_query(self):
        self.expect_keyword("SELECT")
        items = self.parse_select_list()
        self.expect_keyword("FROM")
        table = self.expect_name("a table name")
        where = None
        if self.accept_keyword("WHERE"):
            where = self.parse_expr()
        order_by = ()
        if self.accept_keyword("ORDER"):
            self.expect_keyword("BY")
            order_by = self.parse_order_by()
        if self.current.kind != "end":
            raise self.error(f"unexpected {self.current.describe()} after the end of the query")
        return ast.Select(items=items, table=table, where=where, order_by=order_by,
                          param_count=self.param_count)

    def parse_select_list(self):
        if self.accept_symbol("*"):
            return ()
        items = []
        while True:
            start = self.current
            expr = self.parse_expr()
            alias = None
            if self.accept_keyword("AS"):
                alias = self.expect_name("a column alias")
            elif self.current.kind == "ident":
                alias = self.advance().value
            if alias is None:
                alias = self.default_alias(expr, start)
            items.append(ast.SelectItem(expr, alias))
            if not self.accept_symbol(","):
                break
        aliases = [item.alias for item in items]
        for alias in aliases:
            if aliases.count(alias) > 1:
                raise QueryError(f"duplicate column name {alias!r} in the select list")
        return tuple(items)

    def default_alias(self, expr, start):
        if isinstance(expr, ast.Column):
            return expr.name
        if isinstance(expr, ast.Call) and len(expr.args) == 1 and isinstance(expr.args[0], ast.Column):
            return f"{expr.name.lower()}_{expr.args[0].name}"
        end = self.current.pos
        return " ".join(self.text[start.pos:end].split())

    def parse_order_by(self):
        items = []
        while True:
            expr = self.parse_expr()
            descending = False
            if self.accept_keyword("DESC"):
                descending = True
            else:
                self.accept_keyword("ASC")
            items.append(ast.OrderItem(expr, descending))
            if not self.accept_symbol(","):
                return tuple(items)

    # ------------------------------------------------------------ expressions

    def parse_expr(self):
        return self.parse_or()

    def parse_or(self):
        left = self.parse_and()
        while self.accept_keyword("OR"):
            left = ast.Binary("OR", left, self.parse_and())
        return left

    def parse_and(self):
        left = self.parse_not()
        while self.accept_keyword("AND"):
            left = ast.Binary("AND", left, self.parse_not())
        return left

    def parse_not(self):
        if self.accept_keyword("NOT"):
            return ast.Unary("NOT", self.parse_not())
        return self.parse_predicate()

    def parse_predicate(self):
        left = self.parse_additive()
        token = self.current
        if token.kind == "symbol" and token.value in COMPARISONS:
            self.advance()
            op = "!=" if token.value == "<>" else token.value
            return ast.Binary(op, left, self.parse_additive())
        if self.accept_keyword("IS"):
            negated = bool(self.accept_keyword("NOT"))
            self.expect_keyword("NULL")
            return ast.IsNull(left, negated)
        negated = False
        if self.current.is_keyword("NOT") and self.tokens[self.index + 1].is_keyword("IN", "LIKE", "BETWEEN"):
            self.advance()
            negated = True
        if self.accept_keyword("IN"):
            self.expect_symbol("(")
            items = [self.parse_expr()]
            while self.accept_symbol(","):
                items.append(self.parse_expr())
            self.expect_symbol(")")
            return ast.InList(left, tuple(items), negated)
        if self.accept_keyword("LIKE"):
            node = ast.Binary("LIKE", left, self.parse_additive())
            return ast.Unary("NOT", node) if negated else node
        if self.accept_keyword("BETWEEN"):
            low = self.parse_additive()
            self.expect_keyword("AND")
            high = self.parse_additive()
            return ast.Between(left, low, high, negated)
        if negated:
            raise self.error("expected IN, LIKE or BETWEEN after NOT")
        return left

    def parse_additive(self):
        left = self.parse_term()
        while True:
            token = self.accept_symbol("+", "-")
            if token is None:
                return left
            left = ast.Binary(token.value, left, self.parse_term())

    def parse_term(self):
        left = self.parse_unary()
        while True:
            token = self.accept_symbol("*", "/", "%")
            if token is None:
                return left
            left = ast.Binary(token.value, left, self.parse_unary())

    def parse_unary(self):
        if self.accept_symbol("-"):
            operand = self.parse_unary()
            if isinstance(operand, ast.Literal) and isinstance(operand.value, (int, float)):
                return ast.Literal(-operand.value)
            return ast.Unary("-", operand)
        return self.parse_primary()

    def parse_primary(self):
        token = self.current
        if token.kind in ("number", "string"):
            self.advance()
            return ast.Literal(token.value)
        if token.is_keyword("NULL"):
            self.advance()
            return ast.Literal(None)
        if token.is_keyword("TRUE", "FALSE"):
            self.advance()
            return ast.Literal(token.value == "TRUE")
        if token.is_symbol("?"):
            self.advance()
            self.param_count += 1
            return ast.Param(self.param_count - 1)
        if token.is_symbol("("):
            self.advance()
            expr = self.parse_expr()
            self.expect_symbol(")")
            return expr
        if token.is_keyword("CASE"):
            self.advance()
            return self.parse_case(token)
        if token.kind == "ident":
            self.advance()
            if self.current.is_symbol("("):
                return self.parse_call(token)
            return ast.Column(token.value)
        raise self.error(f"expected an expression, found {token.describe()}")

    def parse_case(self, case_token):
        branches = []
        while self.accept_keyword("WHEN"):
            condition = self.parse_expr()
            self.expect_keyword("THEN")
            branches.append((condition, self.parse_expr()))
        if not branches:
            raise self.error("CASE needs at least one WHEN branch", case_token)
        default = None
        if self.accept_keyword("ELSE"):
            default = self.parse_expr()
        self.expect_keyword("END")
        return ast.Case(tuple(branches), default)

    def parse_call(self, name_token):
        name = name_token.value.upper()
        if name not in FUNCTIONS:
            raise self.error(f"unknown function {name_token.value!r}", name_token)
        self.expect_symbol("(")
        args = []
        if not self.current.is_symbol(")"):
            args.append(self.parse_expr())
            while self.accept_symbol(","):
                args.append(self.parse_expr())
        self.expect_symbol(")")
        low, high = FUNCTIONS[name]
        if len(args) < low or (high is not None and len(args) > high):
            expected = str(low) if low == high else f"{low} or more" if high is None else f"{low} to {high}"
            raise self.error(f"{name} takes {expected} argument(s), got {len(args)}", name_token)
        return ast.Call(name, tuple(args))


def parse(text):
    """Parse one SELECT statement into an ast.Select."""
    return Parser(text).parse_query()
