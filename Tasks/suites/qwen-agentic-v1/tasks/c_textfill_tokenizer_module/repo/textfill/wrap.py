"""Greedy line wrapping.

Differences from the standard library's textwrap:

* widths are measured in terminal columns (East Asian wide characters count 2);
* URLs are never broken, even when longer than the width;
* a no-break space (U+00A0) glues two words together;
* words may be broken after hyphens and em dashes, but not inside numbers like "2-3".
"""

import re
import unicodedata

NBSP = "\u00a0"
URL = re.compile(r"^(?:https?://|www\.)\S+$")
# a break opportunity after a hyphen between two letters, or after an em dash
_BREAK_AFTER = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])|\u2014")


def display_width(text):
    """Terminal columns needed for `text`."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _split_chunks(text, break_on_hyphens=True):
    """Split text into chunks: runs of whitespace, and words (split at hyphens).

    Newlines and tabs are treated as spaces. No-break spaces are part of words.
    """
    text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    chunks = []
    for piece in re.split(r"( +)", text):
        if not piece:
            continue
        if piece.startswith(" ") or not break_on_hyphens or URL.match(piece):
            chunks.append(piece)
            continue
        start = 0
        for m in _BREAK_AFTER.finditer(piece):
            chunks.append(piece[start:m.end()])
            start = m.end()
        if start < len(piece):
            chunks.append(piece[start:])
    return chunks


def _break_long_word(chunk, room):
    """Split `chunk` so that the first part fits in `room` columns (at least one character)."""
    taken, width = 0, 0
    for ch in chunk:
        w = display_width(ch)
        if taken and width + w > room:
            break
        taken += 1
        width += w
    return chunk[:taken], chunk[taken:]


def wrap(text, width=70, initial_indent="", subsequent_indent="", break_on_hyphens=True,
         break_long_words=True):
    """Wrap one paragraph into a list of lines of at most `width` columns."""
    if width <= 0:
        raise ValueError(f"invalid width {width!r} (must be > 0)")
    if display_width(subsequent_indent) >= width or display_width(initial_indent) >= width:
        raise ValueError("indent is wider than the line")
    chunks = _split_chunks(text, break_on_hyphens)
    chunks.reverse()
    lines = []
    while chunks:
        indent = subsequent_indent if lines else initial_indent
        room = width - display_width(indent)
        current, used = [], 0
        if chunks[-1].startswith(" "):
            chunks.pop()  # no leading whitespace on a line
            continue
        while chunks:
            chunk = chunks[-1]
            w = display_width(chunk)
            if used + w <= room:
                current.append(chunks.pop())
                used += w
                continue
            if not current and not chunk.startswith(" "):
                if break_long_words and not URL.match(chunk):
                    head, tail = _break_long_word(chunk, room)
                    current.append(head)
                    chunks[-1] = tail
                else:
                    current.append(chunks.pop())
            break
        while current and current[-1].startswith(" "):
            current.pop()
        if current:
            lines.append(indent + "".join(current))
    return lines


def fill(text, width=70, **kwargs):
    """Wrap each paragraph (separated by blank lines) and join the result."""
    paragraphs = re.split(r"\n\s*\n", text.strip("\n"))
    return "\n\n".join("\n".join(wrap(p, width, **kwargs)) for p in paragraphs if p.strip())
