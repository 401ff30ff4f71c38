def drop_repeated_words(text: str) -> str:
    seen = set()
    kept = []
    for w in text.split():
        key = w.casefold()
        if key in seen:
            continue
        seen.add(key)
        kept.append(w)
    return " ".join(kept)
