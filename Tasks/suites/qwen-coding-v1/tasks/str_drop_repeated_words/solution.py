def drop_repeated_words(text: str) -> str:
    kept = []
    for w in text.split():
        if kept and kept[-1].casefold() == w.casefold():
            continue
        kept.append(w)
    return " ".join(kept)
