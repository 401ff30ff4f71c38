"""Tree-walking evaluator."""

import math

from . import nodes
from .errors import EvalError
from .parser import parse


class Function:
    """A user function created by ``fn(...) => ...``; closes over its scope."""

    def __init__(self, params, body, scope):
        self.params = params
        self.body = body
        self.scope = scope

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise EvalError("function expects %d argument(s), got %d" % (len(self.params), len(args)))
        scope = dict(self.scope)
        scope.update(zip(self.params, args))
        return evaluate(self.body, scope)

    def __repr__(self):
        return "<fn(%s)>" % ", ".join(self.params)


def _num(value, op):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise EvalError("%s needs numbers, got %r" % (op, value))
    return value


BUILTINS = {
    "abs": abs,
    "min": min,
    "max": max,
    "round": round,
    "sqrt": math.sqrt,
    "len": len,
    "sum": lambda items: sum(items),
    "upper": lambda s: s.upper(),
    "str": lambda v: nodes.unparse(nodes.Literal(v)) if isinstance(v, bool) else str(v),
    "map": lambda f, items: [f(x) for x in items],
    "filter": lambda f, items: [x for x in items if f(x)],
    "pi": math.pi,
}


def _binary(op, left, right):
    if op == "+":
        if isinstance(left, str) and isinstance(right, str):
            return left + right
        if isinstance(left, list) and isinstance(right, list):
            return left + right
        return _num(left, op) + _num(right, op)
    if op == "-":
        return _num(left, op) - _num(right, op)
    if op == "*":
        return _num(left, op) * _num(right, op)
    if op in ("/", "%"):
        if _num(right, op) == 0:
            raise EvalError("division by zero")
        if op == "%":
            return _num(left, op) % right
        result = _num(left, op) / right
        return int(result) if result == int(result) and isinstance(left, int) and isinstance(right, int) else result
    if op == "^":
        return _num(left, op) ** _num(right, op)
    if op == "==":
        return left == right
    if op == "!=":
        return left != right
    if op in ("<", "<=", ">", ">="):
        if type(left) is not type(right) and not (isinstance(left, (int, float)) and isinstance(right, (int, float))):
            raise EvalError("cannot compare %r and %r" % (left, right))
        return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]
    raise EvalError("unknown operator %r" % op)


def evaluate(node, scope):
    if isinstance(node, nodes.Program):
        result = None
        for statement in node.statements:
            result = evaluate(statement, scope)
        return result
    if isinstance(node, nodes.Let):
        scope[node.name] = evaluate(node.value, scope)
        return scope[node.name]
    if isinstance(node, nodes.Literal):
        return node.value
    if isinstance(node, nodes.Name):
        if node.name in scope:
            return scope[node.name]
        if node.name in BUILTINS:
            return BUILTINS[node.name]
        raise EvalError("unknown name %r" % node.name)
    if isinstance(node, nodes.Unary):
        value = evaluate(node.operand, scope)
        if node.op == "not":
            return not value
        return -_num(value, "-")
    if isinstance(node, nodes.Binary):
        left = evaluate(node.left, scope)
        if node.op == "and":
            return left and evaluate(node.right, scope)
        if node.op == "or":
            return left or evaluate(node.right, scope)
        return _binary(node.op, left, evaluate(node.right, scope))
    if isinstance(node, nodes.If):
        return evaluate(node.then if evaluate(node.cond, scope) else node.otherwise, scope)
    if isinstance(node, nodes.Lambda):
        return Function(node.params, node.body, scope)
    if isinstance(node, nodes.ListLit):
        return [evaluate(item, scope) for item in node.items]
    if isinstance(node, nodes.Index):
        target = evaluate(node.target, scope)
        index = evaluate(node.index, scope)
        try:
            return target[index]
        except (IndexError, KeyError, TypeError) as exc:
            raise EvalError("bad index %r: %s" % (index, exc)) from None
    if isinstance(node, nodes.Call):
        func = evaluate(node.func, scope)
        if not callable(func):
            raise EvalError("%r is not a function" % (func,))
        args = [evaluate(a, scope) for a in node.args]
        try:
            return func(*args)
        except EvalError:
            raise
        except (TypeError, ValueError) as exc:
            raise EvalError(str(exc)) from None
    raise EvalError("cannot evaluate %r" % (node,))


def run(source, variables=None):
    """Parse and evaluate ``source``; returns the value of the last statement."""
    scope = dict(variables or {})
    return evaluate(parse(source), scope)
