"""tinyscript - a very small scripting language for report templates.

    let total = 0;
    for_each item in items { total = total + item; }
    print "total: " + str(total);
"""

from .syntax import LexError, ParseError, parse, tokenize
from .runtime import Interpreter, ScriptError, run

__all__ = ["LexError", "ParseError", "ScriptError", "Interpreter", "parse", "run", "tokenize"]
