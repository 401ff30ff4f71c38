"""Path-segment converters used by route patterns such as ``/users/<int:user_id>``."""

import re


class ConversionError(ValueError):
    """Raised when a matched segment cannot be converted to a Python value."""


class Converter:
    """Base converter: matches one non-empty segment and keeps it as a string."""

    regex = r"[^/]+"
    name = "str"

    def to_python(self, value):
        return value

    def to_url(self, value):
        text = str(value)
        if "/" in text:
            raise ConversionError("segment may not contain '/': %r" % (text,))
        return text


class IntConverter(Converter):
    regex = r"-?\d+"
    name = "int"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConversionError("expected an int, got %r" % (value,))
        return str(value)


class SlugConverter(Converter):
    regex = r"[a-z0-9]+(?:-[a-z0-9]+)*"
    name = "slug"

    def to_url(self, value):
        text = str(value)
        if not re.fullmatch(self.regex, text):
            raise ConversionError("not a slug: %r" % (text,))
        return text


class PathConverter(Converter):
    """Matches the rest of the path, slashes included."""

    regex = r".+"
    name = "path"

    def to_url(self, value):
        return str(value).lstrip("/")


class HexConverter(Converter):
    regex = r"[0-9a-f]+"
    name = "hex"

    def to_python(self, value):
        return int(value, 16)

    def to_url(self, value):
        if isinstance(value, int):
            return format(value, "x")
        return str(value)


DEFAULT_CONVERTERS = {
    cls.name: cls for cls in (Converter, IntConverter, SlugConverter, PathConverter, HexConverter)
}
