PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "le", "la"}


def compact_initials(name: str) -> str:
    out = []
    for i, word in enumerate(name.split()):
        if i > 0 and word.lower() in PARTICLES:
            continue
        parts = [p for p in word.split("-") if p]
        if parts:
            out.append("-".join(p[0].upper() + "." for p in parts))
    return "".join(out)
