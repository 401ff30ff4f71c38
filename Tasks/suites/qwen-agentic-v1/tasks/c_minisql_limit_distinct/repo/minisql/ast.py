"""Syntax tree of a parsed query."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Literal:
    value: object


@dataclass(frozen=True)
class Param:
    index: int  # position among the ? placeholders of the query, from 0


@dataclass(frozen=True)
class Column:
    name: str


@dataclass(frozen=True)
class Unary:
    op: str  # "-" or "NOT"
    operand: object


@dataclass(frozen=True)
class Binary:
    op: str  # arithmetic, comparison, "AND", "OR", "LIKE"
    left: object
    right: object


@dataclass(frozen=True)
class IsNull:
    operand: object
    negated: bool = False


@dataclass(frozen=True)
class InList:
    operand: object
    items: tuple
    negated: bool = False


@dataclass(frozen=True)
class Between:
    operand: object
    low: object
    high: object
    negated: bool = False


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple


@dataclass(frozen=True)
class Case:
    branches: tuple  # of (condition, result)
    default: object = None


@dataclass(frozen=True)
class SelectItem:
    expr: object
    alias: str


@dataclass(frozen=True)
class OrderItem:
    expr: object
    descending: bool = False


@dataclass(frozen=True)
class Select:
    items: tuple  # of SelectItem; empty means SELECT *
    table: str
    where: object = None
    order_by: tuple = field(default_factory=tuple)
    param_count: int = 0
