"""Reading and writing gettext PO files.

Supported syntax::

    # translator comment
    #. extracted comment
    #: src/app.py:12 src/app.py:40
    #, fuzzy, python-format
    msgctxt "menu"
    msgid "Open"
    msgstr "Öffnen"

Strings may continue on following lines that consist of a quoted string only;
the pieces are concatenated.  Escapes ``\\n \\t \\" \\\\`` are decoded.  The
entry with an empty ``msgid`` is the header; its ``msgstr`` holds
``Name: value`` lines.  Obsolete entries (``#~``) are skipped, and fuzzy
entries are left out unless ``include_fuzzy`` is true.
"""

import re

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b",
            "f": "\f", "v": "\v"}
_REVERSE_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", '"': '\\"', "\\": "\\\\",
                    "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_KEYWORD_LINE = re.compile(r'^([A-Za-z_\[\]0-9]+)\s+(".*")\s*$')
_STRING_LINE = re.compile(r'^(".*")\s*$')
WRAP_WIDTH = 76


class PoError(ValueError):
    def __init__(self, message, line_no=None):
        if line_no is not None:
            message = "line %d: %s" % (line_no, message)
        super().__init__(message)
        self.line_no = line_no


class Entry:
    """One message of a catalog."""

    def __init__(self, msgid, msgstr="", msgctxt=None, flags=(), comments=(),
                 extracted=(), references=(), line_no=None):
        self.msgid = msgid
        self.msgstr = msgstr
        self.msgctxt = msgctxt
        self.flags = list(flags)
        self.comments = list(comments)
        self.extracted = list(extracted)
        self.references = list(references)
        self.line_no = line_no

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    @property
    def translated(self):
        return bool(self.msgstr) and not self.fuzzy

    def __repr__(self):
        ctx = "%r, " % self.msgctxt if self.msgctxt is not None else ""
        return "Entry(%s%r -> %r)" % (ctx, self.msgid, self.msgstr)


# ---------------------------------------------------------------------------
# strings
# ---------------------------------------------------------------------------

def unescape(quoted, line_no=None):
    """Decode a quoted PO string (including the quotes)."""
    if len(quoted) < 2 or quoted[0] != '"' or quoted[-1] != '"':
        raise PoError("expected a quoted string, got %s" % quoted, line_no)
    body = quoted[1:-1]
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            if i + 1 >= len(body):
                raise PoError("dangling backslash", line_no)
            nxt = body[i + 1]
            if nxt not in _ESCAPES:
                raise PoError("unknown escape \\%s" % nxt, line_no)
            out.append(_ESCAPES[nxt])
            i += 2
            continue
        if ch == '"':
            raise PoError("unescaped quote inside string", line_no)
        out.append(ch)
        i += 1
    return "".join(out)


def escape(text):
    return "".join(_REVERSE_ESCAPES.get(ch, ch) for ch in text)


def _wrap(text, width):
    """Split ``text`` into pieces for continuation lines: after each newline
    and, for long lines, after spaces."""
    pieces = []
    for line in re.findall(r"[^\n]*\n|[^\n]+", text):
        while len(escape(line)) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            pieces.append(line[:cut + 1])
            line = line[cut + 1:]
        pieces.append(line)
    return pieces


def format_field(keyword, text, width=WRAP_WIDTH):
    """``msgid "..."`` lines for one field, wrapped like msgcat does."""
    if len(escape(text)) + len(keyword) + 3 <= width and "\n" not in text[:-1]:
        return ['%s "%s"' % (keyword, escape(text))]
    lines = ['%s ""' % keyword]
    lines.extend('"%s"' % escape(piece) for piece in _wrap(text, width))
    return lines


# ---------------------------------------------------------------------------
# parsing
# ---------------------------------------------------------------------------

class _Builder:
    """Collects the lines of the entry currently being read."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.fields = {}
        self.order = []
        self.current = None
        self.flags = []
        self.comments = []
        self.extracted = []
        self.references = []
        self.line_no = None
        self.obsolete = False

    @property
    def empty(self):
        return not self.fields and not self.flags and not self.comments \
            and not self.extracted and not self.references

    @property
    def has_msgstr(self):
        return "msgstr" in self.fields

    def add_field(self, keyword, value, line_no):
        if keyword in self.fields:
            raise PoError("duplicate %s" % keyword, line_no)
        if self.line_no is None:
            self.line_no = line_no
        self.fields[keyword] = value
        self.order.append(keyword)
        self.current = keyword

    def continue_field(self, value, line_no):
        if self.current is None:
            raise PoError("string continuation without a keyword", line_no)
        self.fields[self.current] += value

    def build(self):
        for required in ("msgid", "msgstr"):
            if required not in self.fields:
                raise PoError("entry without %s" % required, self.line_no)
        expected = ["msgctxt", "msgid", "msgstr"] if "msgctxt" in self.fields else ["msgid", "msgstr"]
        if self.order != expected:
            raise PoError("fields out of order: %s" % ", ".join(self.order), self.line_no)
        return Entry(self.fields["msgid"], self.fields["msgstr"], self.fields.get("msgctxt"),
                     self.flags, self.comments, self.extracted, self.references, self.line_no)


KEYWORDS = ("msgctxt", "msgid", "msgstr")


def parse_headers(text):
    headers = {}
    for line in text.split("\n"):
        if not line.strip():
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise PoError("bad header line %r" % line)
        headers[name.strip()] = value.strip()
    return headers


def parse_po(text, include_fuzzy=False):
    """Parse PO text into ``(headers, entries)``.

    ``headers`` is a dict built from the header entry (empty if there is
    none); ``entries`` excludes the header, obsolete entries and - unless
    ``include_fuzzy`` - fuzzy ones.
    """
    entries = []
    builder = _Builder()
    seen = {}

    def finish():
        if builder.empty or builder.obsolete:
            builder.reset()
            return
        entry = builder.build()
        builder.reset()
        if entry.key in seen:
            raise PoError("duplicate message %r (first defined on line %d)" % (entry.msgid, seen[entry.key]),
                          entry.line_no)
        seen[entry.key] = entry.line_no
        entries.append(entry)

    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#"):
            if builder.has_msgstr:
                finish()
            if line.startswith("#~"):
                builder.obsolete = True
            elif line.startswith("#,"):
                builder.flags.extend(f.strip() for f in line[2:].split(",") if f.strip())
            elif line.startswith("#:"):
                builder.references.extend(line[2:].split())
            elif line.startswith("#."):
                builder.extracted.append(line[2:].strip())
            elif line.startswith("#|"):
                pass  # previous msgid of a fuzzy entry: not needed
            else:
                builder.comments.append(line[1:].strip())
            continue
        m = _KEYWORD_LINE.match(line)
        if m:
            keyword, quoted = m.groups()
            if keyword not in KEYWORDS:
                raise PoError("unknown keyword %r" % keyword, line_no)
            if builder.has_msgstr or (keyword in ("msgctxt", "msgid") and keyword in builder.fields):
                finish()
            builder.add_field(keyword, unescape(quoted, line_no), line_no)
            continue
        m = _STRING_LINE.match(line)
        if m:
            builder.continue_field(unescape(m.group(1), line_no), line_no)
            continue
        raise PoError("cannot parse %r" % line, line_no)
    finish()

    headers = {}
    result = []
    for entry in entries:
        if entry.msgid == "" and entry.msgctxt is None:
            headers = parse_headers(entry.msgstr)
            continue
        if entry.fuzzy and not include_fuzzy:
            continue
        result.append(entry)
    return headers, result


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def placeholders(text):
    """Names of ``{name}`` placeholders in ``text``, as a sorted list."""
    return sorted(set(_PLACEHOLDER.findall(text)))


def check_entry(entry):
    """Problems with one entry (list of strings, empty if fine).

    Entries flagged ``python-brace-format`` must use exactly the placeholders
    of their msgid; translations must keep a trailing newline if the msgid
    has one.
    """
    problems = []
    if not entry.msgstr:
        return problems
    if "python-brace-format" in entry.flags and placeholders(entry.msgid) != placeholders(entry.msgstr):
        problems.append("placeholders differ: %s vs %s" % (
            ", ".join(placeholders(entry.msgid)) or "-", ", ".join(placeholders(entry.msgstr)) or "-"))
    if entry.msgid.endswith("\n") != entry.msgstr.endswith("\n"):
        problems.append("trailing newline differs")
    return problems


# ---------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------

def _entry_lines(entry):
    lines = ["# " + c if c else "#" for c in entry.comments]
    lines += ["#. " + c for c in entry.extracted]
    if entry.references:
        lines.append("#: " + " ".join(entry.references))
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    if entry.msgctxt is not None:
        lines += format_field("msgctxt", entry.msgctxt)
    lines += format_field("msgid", entry.msgid)
    lines += format_field("msgstr", entry.msgstr)
    return lines


def write_po(headers, entries):
    """Serialise a header dict and entries back into PO text."""
    blocks = []
    if headers:
        header_text = "".join("%s: %s\n" % (k, v) for k, v in headers.items())
        blocks.append(['msgid ""', 'msgstr ""'] +
                      ['"%s"' % escape(piece) for piece in _wrap(header_text, WRAP_WIDTH)])
    for entry in entries:
        blocks.append(_entry_lines(entry))
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
