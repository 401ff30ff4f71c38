from typing import Optional


def quantify(count: int, noun: str, plural: Optional[str] = None) -> str:
    if abs(count) == 1:
        word = noun
    elif plural is not None:
        word = plural
    else:
        lower = noun.lower()
        shout = noun.isalpha() and noun.isupper()
        if len(lower) >= 2 and lower.endswith("y") and lower[-2] not in "aeiou":
            stem, ending = noun[:-1], "ies"
        elif lower.endswith(("s", "x", "z", "ch", "sh")):
            stem, ending = noun, "es"
        else:
            stem, ending = noun, "s"
        word = stem + ending
    return f"{count:,} {word}"
