"""minisql: run small SELECT queries over in-memory tables (lists of dicts).

    >>> from minisql import query
    >>> query("SELECT name FROM people WHERE age > ?", {"people": rows}, [30])
"""

from minisql.engine import execute
from minisql.errors import QueryError
from minisql.parser import parse

__all__ = ["QueryError", "parse", "execute", "query"]


def query(sql, tables, params=()):
    """Parse and run `sql` against `tables` ({name: [row dict, ...]}); returns a list of dicts."""
    return execute(parse(sql), tables, params)
