_SMALL = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "vs", "via"}


def headline(text: str) -> str:
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        if any(c.isupper() for c in word[1:]) or "." in word:
            out.append(word)
        elif 0 < i < len(words) - 1 and word.lower() in _SMALL and not words[i - 1].endswith(":"):
            out.append(word.lower())
        else:
            out.append(word.title())
    return " ".join(out)
