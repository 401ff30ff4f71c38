"""Syntax tree nodes produced by the parser."""

from dataclasses import dataclass, field
from typing import Any, List


@dataclass
class Literal:
    value: Any


@dataclass
class Name:
    name: str


@dataclass
class Unary:
    op: str
    operand: Any


@dataclass
class Binary:
    op: str
    left: Any
    right: Any


@dataclass
class Call:
    func: Any
    args: List[Any] = field(default_factory=list)


@dataclass
class Index:
    target: Any
    index: Any


@dataclass
class ListLit:
    items: List[Any] = field(default_factory=list)


@dataclass
class If:
    cond: Any
    then: Any
    otherwise: Any


@dataclass
class Lambda:
    params: List[str]
    body: Any


@dataclass
class Let:
    name: str
    value: Any


@dataclass
class Program:
    statements: List[Any] = field(default_factory=list)


def unparse(node):
    """Render a node back to (fully parenthesised) source text."""
    if isinstance(node, Program):
        return "; ".join(unparse(s) for s in node.statements)
    if isinstance(node, Let):
        return "let %s = %s" % (node.name, unparse(node.value))
    if isinstance(node, Literal):
        if isinstance(node.value, bool):
            return "true" if node.value else "false"
        if isinstance(node.value, str):
            return '"%s"' % node.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return repr(node.value)
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Unary):
        sep = " " if node.op == "not" else ""
        return "(%s%s%s)" % (node.op, sep, unparse(node.operand))
    if isinstance(node, Binary):
        return "(%s %s %s)" % (unparse(node.left), node.op, unparse(node.right))
    if isinstance(node, Call):
        return "%s(%s)" % (unparse(node.func), ", ".join(unparse(a) for a in node.args))
    if isinstance(node, Index):
        return "%s[%s]" % (unparse(node.target), unparse(node.index))
    if isinstance(node, ListLit):
        return "[%s]" % ", ".join(unparse(i) for i in node.items)
    if isinstance(node, If):
        return "(if %s then %s else %s)" % (unparse(node.cond), unparse(node.then), unparse(node.otherwise))
    if isinstance(node, Lambda):
        return "fn(%s) => %s" % (", ".join(node.params), unparse(node.body))
    raise TypeError("not a node: %r" % (node,))
