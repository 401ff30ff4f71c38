"""tabletext - build, parse and render plain-text tables."""

from .table import Table, TableError
from .parse import parse_markdown
from .render import render

__all__ = ["Table", "TableError", "parse_markdown", "render"]
