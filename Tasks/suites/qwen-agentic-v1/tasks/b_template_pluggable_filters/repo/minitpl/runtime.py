"""Values and errors shared by the template compiler and renderer."""

import html


class TemplateError(Exception):
    """Base class for template errors."""


class TemplateSyntaxError(TemplateError):
    def __init__(self, message, lineno=None, name=None):
        where = ""
        if name or lineno:
            where = " (%s%s)" % (name or "<string>", ", line %d" % lineno if lineno else "")
        super().__init__(message + where)
        self.message = message
        self.lineno = lineno
        self.name = name


class UndefinedError(TemplateError):
    """A strict environment met a name that is not in the context."""


class Markup(str):
    """A string that is already safe for HTML and must not be escaped again."""

    def __add__(self, other):
        return Markup(str.__add__(self, escape(other)))

    def __repr__(self):
        return "Markup(%s)" % str.__repr__(self)


def escape(value):
    """HTML-escape ``value`` unless it is Markup already."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(str(value), quote=True))


class Undefined:
    """What a lenient lookup returns for a missing name: empty and falsy."""

    def __init__(self, name):
        self.name = name

    def __str__(self):
        return ""

    def __bool__(self):
        return False

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def __eq__(self, other):
        return isinstance(other, Undefined)

    def __hash__(self):
        return 0

    def __repr__(self):
        return "Undefined(%r)" % (self.name,)
