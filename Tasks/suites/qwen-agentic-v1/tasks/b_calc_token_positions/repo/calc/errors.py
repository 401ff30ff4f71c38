"""Exceptions raised while reading or running a formula."""


class CalcError(Exception):
    """Base class of every error raised by the calc package."""


class LexError(CalcError):
    """The source contains something that is not a token."""


class ParseError(CalcError):
    """The tokens do not form a valid program."""


class EvalError(CalcError):
    """The program is valid but cannot be evaluated (unknown name, bad types...)."""
