PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "le", "la"}


def compact_initials(name: str) -> str:
    out = []
    for i, word in enumerate(name.split()):
        if i > 0 and word.lower() in PARTICLES:
            continue
        out.append(word[0].upper() + ".")
    return "".join(out)
