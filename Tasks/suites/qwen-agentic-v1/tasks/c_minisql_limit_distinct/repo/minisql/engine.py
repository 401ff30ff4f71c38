"""Evaluate a parsed query against in-memory tables."""

import functools
import re

from minisql import ast
from minisql.errors import QueryError


class Context:
    def __init__(self, params, param_count):
        if len(params) != param_count:
            raise QueryError(f"query has {param_count} placeholder(s) but {len(params)} parameter(s) were given")
        self.params = list(params)
        self._like_cache = {}

    def like_regex(self, pattern):
        regex = self._like_cache.get(pattern)
        if regex is None:
            parts = []
            for ch in pattern:
                if ch == "%":
                    parts.append(".*")
                elif ch == "_":
                    parts.append(".")
                else:
                    parts.append(re.escape(ch))
            regex = re.compile("".join(parts), re.S | re.I)
            self._like_cache[pattern] = regex
        return regex


def _arith(op, a, b):
    if a is None or b is None:
        return None
    if isinstance(a, bool) or isinstance(b, bool) or not all(isinstance(x, (int, float)) for x in (a, b)):
        if op == "+" and isinstance(a, str) and isinstance(b, str):
            return a + b
        raise QueryError(f"cannot apply {op} to {a!r} and {b!r}")
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return None  # division by zero yields NULL, as in SQLite
    if op == "/":
        return a // b if isinstance(a, int) and isinstance(b, int) else a / b
    return a % b


def _compare(op, a, b):
    if a is None or b is None:
        return None
    try:
        if op == "=":
            return a == b
        if op == "!=":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        return a >= b
    except TypeError:
        raise QueryError(f"cannot compare {a!r} and {b!r}") from None


def _call(name, args):
    if name == "COALESCE":
        return next((a for a in args if a is not None), None)
    value = args[0]
    if value is None:
        return None
    if name == "LOWER":
        return str(value).lower()
    if name == "UPPER":
        return str(value).upper()
    if name == "LENGTH":
        return len(str(value))
    if name == "ABS":
        return abs(value)
    digits = args[1] if len(args) > 1 else 0
    return round(value, digits)


def evaluate(node, row, ctx):
    if isinstance(node, ast.Literal):
        return node.value
    if isinstance(node, ast.Param):
        return ctx.params[node.index]
    if isinstance(node, ast.Column):
        if node.name not in row:
            raise QueryError(f"no such column: {node.name}")
        return row[node.name]
    if isinstance(node, ast.Unary):
        value = evaluate(node.operand, row, ctx)
        if node.op == "NOT":
            return None if value is None else not value
        return None if value is None else -value
    if isinstance(node, ast.Binary):
        if node.op in ("AND", "OR"):
            left = evaluate(node.left, row, ctx)
            if node.op == "AND" and left is False:
                return False
            if node.op == "OR" and left is True:
                return True
            right = evaluate(node.right, row, ctx)
            if node.op == "AND":
                return False if right is False else (None if None in (left, right) else True)
            return True if right is True else (None if None in (left, right) else False)
        left = evaluate(node.left, row, ctx)
        right = evaluate(node.right, row, ctx)
        if node.op == "LIKE":
            if left is None or right is None:
                return None
            return ctx.like_regex(str(right)).fullmatch(str(left)) is not None
        if node.op in ("+", "-", "*", "/", "%"):
            return _arith(node.op, left, right)
        return _compare(node.op, left, right)
    if isinstance(node, ast.IsNull):
        return (evaluate(node.operand, row, ctx) is None) != node.negated
    if isinstance(node, ast.InList):
        value = evaluate(node.operand, row, ctx)
        if value is None:
            return None
        found = any(value == evaluate(item, row, ctx) for item in node.items)
        return found != node.negated
    if isinstance(node, ast.Between):
        value = evaluate(node.operand, row, ctx)
        low, high = evaluate(node.low, row, ctx), evaluate(node.high, row, ctx)
        inside = _compare(">=", value, low)
        if inside is not False:
            upper = _compare("<=", value, high)
            inside = None if None in (inside, upper) else upper
        return inside if inside is None else inside != node.negated
    if isinstance(node, ast.Case):
        for condition, result in node.branches:
            if evaluate(condition, row, ctx) is True:
                return evaluate(result, row, ctx)
        return None if node.default is None else evaluate(node.default, row, ctx)
    if isinstance(node, ast.Call):
        return _call(node.name, [evaluate(arg, row, ctx) for arg in node.args])
    raise TypeError(f"unknown node {node!r}")


def _order_key(order_by):
    """Build a comparison function: NULLs sort first in ascending order."""

    def compare(a, b):
        for (va, vb), item in zip(zip(a, b), order_by):
            if va == vb:
                continue
            if va is None:
                result = -1
            elif vb is None:
                result = 1
            else:
                try:
                    result = -1 if va < vb else 1
                except TypeError:
                    raise QueryError(f"cannot order {va!r} and {vb!r}") from None
            return -result if item.descending else result
        return 0

    return functools.cmp_to_key(compare)


def execute(select, tables, params=()):
    if select.table not in tables:
        raise QueryError(f"no such table: {select.table}")
    ctx = Context(params, select.param_count)
    rows = [row for row in tables[select.table]
            if select.where is None or evaluate(select.where, row, ctx) is True]
    if select.order_by:
        keyed = [([evaluate(item.expr, row, ctx) for item in select.order_by], row) for row in rows]
        key = _order_key(select.order_by)
        keyed.sort(key=lambda pair: key(pair[0]))
        rows = [row for _, row in keyed]
    if not select.items:
        return [dict(row) for row in rows]
    return [{item.alias: evaluate(item.expr, row, ctx) for item in select.items} for row in rows]
