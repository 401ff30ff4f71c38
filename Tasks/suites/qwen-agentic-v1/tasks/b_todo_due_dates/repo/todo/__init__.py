"""todo: a todo.txt manager."""

from .model import ParseError, Task, parse_line
from .query import matches, select
from .store import TodoFile

__all__ = ["ParseError", "Task", "parse_line", "matches", "select", "TodoFile"]
