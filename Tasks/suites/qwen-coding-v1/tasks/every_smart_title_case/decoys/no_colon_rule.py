import re

_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "vs", "via"}


def _split_core(word):
    start = 0
    while start < len(word) and not word[start].isalnum():
        start += 1
    end = len(word)
    while end > start and not word[end - 1].isalnum():
        end -= 1
    return word[:start], word[start:end], word[end:]


def _cap(part):
    return part[:1].upper() + part[1:] if part else part


def _fix_word(word, edge):
    pre, core, post = _split_core(word)
    if not core or not core[0].isalpha() or "." in core or any(c.isupper() for c in core[1:]):
        return word
    pieces = core.split("-")
    out = []
    for i, piece in enumerate(pieces):
        if i == 0:
            if not edge and len(pieces) == 1 and piece.lower() in _SMALL:
                out.append(piece.lower())
            else:
                out.append(_cap(piece))
        else:
            out.append(piece.lower() if piece.lower() in _SMALL else _cap(piece))
    return pre + "-".join(out) + post


def headline(text: str) -> str:
    tokens = re.split(r"(\s+)", text)
    word_idx = [i for i, t in enumerate(tokens) if t and not t.isspace()]
    prev_word = None
    for n, i in enumerate(word_idx):
        first = n == 0
        last = n == len(word_idx) - 1
        prev_word = tokens[i]
        tokens[i] = _fix_word(tokens[i], first or last)
    return "".join(tokens)
