"""mdlint: a small Markdown linter."""

__version__ = "2.0.0"
