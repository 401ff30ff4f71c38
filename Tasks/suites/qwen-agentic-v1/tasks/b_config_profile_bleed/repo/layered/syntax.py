"""Reader for the small config file format.

    # comment
    name = "shop"
    [server]
    port = 8080
    hosts = ["a", "b"]
    [database.pool]
    size = 5
    plugins+ = ["metrics"]     # '+' : append to the list from lower layers

Values: double/single quoted strings, integers, floats, true/false, and
flat lists of those.
"""

import re

_SECTION_RE = re.compile(r"^\[\s*([A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]+)*)\s*\]$")
_KEY_RE = re.compile(r"^([A-Za-z0-9_\-]+\+?)\s*=\s*(.*)$")
_INT_RE = re.compile(r"^[+-]?\d+$")
_FLOAT_RE = re.compile(r"^[+-]?(?:\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][+-]?\d+)$")


class ConfigSyntaxError(ValueError):
    def __init__(self, message, source="<text>", lineno=None):
        super().__init__("%s:%s: %s" % (source, lineno if lineno is not None else "?", message))
        self.source = source
        self.lineno = lineno


def _strip_comment(line):
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return line[:i]
    return line


def _split_list(body):
    items, current, quote = [], [], None
    for ch in body:
        if quote:
            current.append(ch)
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
            current.append(ch)
        elif ch == ",":
            items.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    tail = "".join(current).strip()
    if tail:
        items.append(tail)
    return items


def parse_value(text):
    text = text.strip()
    if not text:
        raise ValueError("missing value")
    if text[0] == "[":
        if text[-1] != "]":
            raise ValueError("unterminated list")
        return [parse_value(item) for item in _split_list(text[1:-1])]
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    if text in ("true", "false"):
        return text == "true"
    if _INT_RE.match(text):
        return int(text)
    if _FLOAT_RE.match(text):
        return float(text)
    raise ValueError("cannot read value %r (strings need quotes)" % text)


def parse_text(text, source="<text>"):
    """Parse config text into nested dicts."""
    root = {}
    table = root
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = _strip_comment(raw).strip()
        if not line:
            continue
        m = _SECTION_RE.match(line)
        if m:
            table = root
            for part in m.group(1).split("."):
                table = table.setdefault(part, {})
                if not isinstance(table, dict):
                    raise ConfigSyntaxError("section %r clashes with a value" % m.group(1), source, lineno)
            continue
        m = _KEY_RE.match(line)
        if not m:
            raise ConfigSyntaxError("expected 'key = value' or '[section]'", source, lineno)
        key, value = m.group(1), m.group(2)
        if key in table:
            raise ConfigSyntaxError("duplicate key %r" % key, source, lineno)
        try:
            table[key] = parse_value(value)
        except ValueError as exc:
            raise ConfigSyntaxError(str(exc), source, lineno) from None
        if key.endswith("+") and not isinstance(table[key], list):
            raise ConfigSyntaxError("%r appends, so its value must be a list" % key, source, lineno)
    return root
