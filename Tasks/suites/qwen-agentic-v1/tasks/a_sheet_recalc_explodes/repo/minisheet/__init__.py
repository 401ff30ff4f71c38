"""minisheet - a tiny spreadsheet engine (cells, formulas, recalculation)."""

from .formula import FormulaError, parse_formula
from .sheet import ErrorValue, Sheet, normalize_ref

__all__ = ["FormulaError", "parse_formula", "ErrorValue", "Sheet", "normalize_ref"]
