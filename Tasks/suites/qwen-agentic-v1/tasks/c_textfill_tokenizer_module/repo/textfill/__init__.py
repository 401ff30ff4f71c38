"""textfill: paragraph wrapping and justification that respects wide characters."""

from textfill.wrap import fill, wrap

__all__ = ["fill", "wrap"]
