def drop_repeated_words(text: str) -> str:
    kept = []
    for w in text.split():
        if kept and kept[-1].lower() == w.lower():
            continue
        kept.append(w)
    return " ".join(kept)
