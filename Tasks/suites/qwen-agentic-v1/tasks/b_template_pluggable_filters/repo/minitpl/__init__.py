"""minitpl: a small text/HTML template engine."""

from .engine import Environment, Template
from .loader import DictLoader, FileLoader, TemplateNotFound
from .runtime import Markup, TemplateError, TemplateSyntaxError, UndefinedError, escape

__all__ = ["Environment", "Template", "DictLoader", "FileLoader", "TemplateNotFound", "Markup",
           "TemplateError", "TemplateSyntaxError", "UndefinedError", "escape"]
