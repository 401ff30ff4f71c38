"""Full justification: pad inner spaces so that every line but the last is exactly `width` wide."""

from textfill.wrap import _split_chunks, display_width, wrap


def justify_line(line, width):
    words = [c for c in _split_chunks(line, break_on_hyphens=False) if not c.startswith(" ")]
    if len(words) < 2:
        return line
    gaps = len(words) - 1
    spaces = width - sum(display_width(w) for w in words)
    if spaces < gaps:
        return line
    base, extra = divmod(spaces, gaps)
    out = []
    for i, word in enumerate(words[:-1]):
        out.append(word)
        # the widest gaps go to the left
        out.append(" " * (base + (1 if i < extra else 0)))
    out.append(words[-1])
    return "".join(out)


def justify(text, width=70):
    lines = wrap(text, width)
    return [justify_line(line, width) for line in lines[:-1]] + lines[-1:]


def count_words(text):
    """Words as the wrapper sees them (hyphenated words count once)."""
    return sum(1 for c in _split_chunks(text, break_on_hyphens=False) if not c.startswith(" "))
