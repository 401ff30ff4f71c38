"""Cells, values and evaluation.

A cell holds raw text.  Text starting with ``=`` is a formula; text that
parses as a number is a number; anything else is text.  Empty cells count as
0 in arithmetic and are skipped by aggregate functions.

Errors are values, not exceptions: a formula that divides by zero evaluates
to ``#DIV/0!`` and every formula using that cell evaluates to the same error.
A cell that (directly or indirectly) needs its own value evaluates to
``#CYCLE!``.  ``IF`` only evaluates the branch it takes, so a reference in the
branch that is not taken can neither produce an error nor a cycle.
"""

import math
import re

from .formula import FormulaError, parse_formula

_REF = re.compile(r"^([A-Z]{1,3})([0-9]+)$")


class ErrorValue:
    __slots__ = ("code",)

    def __init__(self, code):
        self.code = code

    def __eq__(self, other):
        return isinstance(other, ErrorValue) and other.code == self.code

    def __hash__(self):
        return hash(self.code)

    def __repr__(self):
        return self.code


DIV0 = ErrorValue("#DIV/0!")
VALUE = ErrorValue("#VALUE!")
NAME = ErrorValue("#NAME?")
PARSE = ErrorValue("#PARSE!")
CYCLE = ErrorValue("#CYCLE!")
NUM = ErrorValue("#NUM!")


class _Raise(Exception):
    """Internal: carries an error value out of nested evaluation."""

    def __init__(self, error):
        self.error = error


def normalize_ref(ref):
    ref = ref.replace("$", "").strip().upper()
    if not _REF.match(ref) or int(_REF.match(ref).group(2)) == 0:
        raise ValueError("bad cell reference %r" % ref)
    return ref


def _col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _col_letters(n):
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def expand_range(start, end):
    m1, m2 = _REF.match(start), _REF.match(end)
    c1, c2 = sorted((_col_number(m1.group(1)), _col_number(m2.group(1))))
    r1, r2 = sorted((int(m1.group(2)), int(m2.group(2))))
    return [_col_letters(c) + str(r) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)]


def _number(value):
    if isinstance(value, ErrorValue):
        raise _Raise(value)
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    try:
        return float(value)
    except ValueError:
        raise _Raise(VALUE) from None


def _text(value):
    if isinstance(value, ErrorValue):
        raise _Raise(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return format_number(value)
    return value


def format_number(value):
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(round(value, 10))


class Sheet:
    def __init__(self, cells=None):
        self._raw = {}
        self._formulas = {}
        for ref, raw in (cells or {}).items():
            self.set(ref, raw)

    # -- editing -----------------------------------------------------
    def set(self, ref, raw):
        ref = normalize_ref(ref)
        raw = "" if raw is None else str(raw)
        self._formulas.pop(ref, None)
        if raw == "":
            self._raw.pop(ref, None)
            return
        self._raw[ref] = raw
        if raw.startswith("="):
            try:
                self._formulas[ref] = parse_formula(raw[1:])
            except FormulaError:
                self._formulas[ref] = None

    def raw(self, ref):
        return self._raw.get(normalize_ref(ref), "")

    def cells(self):
        return sorted(self._raw, key=lambda r: (int(_REF.match(r).group(2)), _col_number(_REF.match(r).group(1))))

    # -- evaluation --------------------------------------------------
    def value(self, ref):
        """The value of a cell: float, str, bool, None (empty) or ErrorValue."""
        return self._value(normalize_ref(ref), set())

    def _value(self, ref, in_progress):
        if ref not in self._raw:
            return None
        if ref not in self._formulas:
            raw = self._raw[ref]
            try:
                return float(raw)
            except ValueError:
                return raw
        if ref in in_progress:
            return CYCLE
        tree = self._formulas[ref]
        if tree is None:
            return PARSE
        in_progress.add(ref)
        try:
            return self._eval(tree, in_progress)
        except _Raise as exc:
            return exc.error
        finally:
            in_progress.discard(ref)

    def _eval(self, node, in_progress):
        kind = node[0]
        if kind in ("num", "str", "bool"):
            return node[1]
        if kind == "ref":
            value = self._value(node[1], in_progress)
            if isinstance(value, ErrorValue):
                raise _Raise(value)
            return value
        if kind == "range":
            raise _Raise(VALUE)   # a bare range is only valid as a function argument
        if kind == "neg":
            return -_number(self._eval(node[1], in_progress))
        if kind == "bin":
            return self._binary(node[1], node[2], node[3], in_progress)
        if kind == "call":
            return self._call(node[1], node[2], in_progress)
        raise _Raise(VALUE)

    def _binary(self, op, left_node, right_node, in_progress):
        left = self._eval(left_node, in_progress)
        right = self._eval(right_node, in_progress)
        if op == "&":
            return _text(left) + _text(right)
        if op in ("=", "<>", "<", "<=", ">", ">="):
            if isinstance(left, str) or isinstance(right, str):
                a, b = _text(left).lower(), _text(right).lower()
            else:
                a, b = _number(left), _number(right)
            return {"=": a == b, "<>": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
        a, b = _number(left), _number(right)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            if b == 0:
                raise _Raise(DIV0)
            return a / b
        try:
            result = a ** b
        except (OverflowError, ZeroDivisionError):
            raise _Raise(NUM) from None
        if isinstance(result, complex) or math.isinf(result):
            raise _Raise(NUM)
        return result

    def _arg_values(self, args, in_progress):
        """Flatten function arguments; ranges become their cells' values."""
        values = []
        for arg in args:
            if arg[0] == "range":
                for ref in expand_range(arg[1], arg[2]):
                    values.append(("cell", self._value(ref, in_progress)))
            else:
                values.append(("arg", self._eval(arg, in_progress)))
        return values

    def _numbers(self, args, in_progress):
        result = []
        for origin, value in self._arg_values(args, in_progress):
            if isinstance(value, ErrorValue):
                raise _Raise(value)
            if origin == "cell" and (value is None or isinstance(value, (str, bool))):
                continue
            result.append(_number(value))
        return result

    def _call(self, name, args, in_progress):
        if name == "IF":
            if len(args) not in (2, 3):
                raise _Raise(VALUE)
            condition = self._eval(args[0], in_progress)
            if isinstance(condition, str):
                raise _Raise(VALUE)
            if _number(condition):
                return self._eval(args[1], in_progress)
            return self._eval(args[2], in_progress) if len(args) == 3 else False
        if name == "SUM":
            return sum(self._numbers(args, in_progress))
        if name == "COUNT":
            return float(len(self._numbers(args, in_progress)))
        if name in ("MIN", "MAX", "AVERAGE"):
            numbers = self._numbers(args, in_progress)
            if not numbers:
                if name == "AVERAGE":
                    raise _Raise(DIV0)
                return 0.0
            if name == "AVERAGE":
                return sum(numbers) / len(numbers)
            return min(numbers) if name == "MIN" else max(numbers)
        if name == "ABS" and len(args) == 1:
            return abs(_number(self._eval(args[0], in_progress)))
        if name == "ROUND" and len(args) in (1, 2):
            digits = int(_number(self._eval(args[1], in_progress))) if len(args) == 2 else 0
            value = _number(self._eval(args[0], in_progress))
            return float(round(value, digits))
        raise _Raise(NAME)

    # -- whole sheet -------------------------------------------------
    def recalc(self):
        """Values of every non-empty cell, in row order."""
        return {ref: self.value(ref) for ref in self.cells()}

    def display(self, ref):
        value = self.value(ref)
        if value is None:
            return ""
        if isinstance(value, ErrorValue):
            return value.code
        return _text(value)
