import re

_TERM = re.compile(r"([.!?]+)[\"')\]]*(\s+)(?=[A-Z0-9\"'])")
_ABBR = {"Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "e.g.", "i.e."}


def split_sentences(text: str) -> list[str]:
    out = []
    start = 0
    for m in _TERM.finditer(text):
        if m.group(1) == ".":
            j = m.start(1)
            while j > 0 and not text[j - 1].isspace():
                j -= 1
            word = text[j:m.start(1)] + "."
            if word in _ABBR or re.fullmatch(r"[A-Z]\.", word):
                continue
        piece = text[start:m.start(2)].strip()
        if piece:
            out.append(piece)
        start = m.end()
    piece = text[start:].strip()
    if piece:
        out.append(piece)
    return out
