"""calc: a small formula language (lexer, parser, evaluator)."""

from .errors import CalcError, EvalError, LexError, ParseError
from .evaluator import run
from .lexer import tokenize
from .parser import parse, parse_expression

__all__ = ["CalcError", "EvalError", "LexError", "ParseError", "run", "tokenize", "parse", "parse_expression"]
