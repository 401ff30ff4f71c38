def truncate(text: str, limit: int, ellipsis: str = "…") -> str:
    if limit < len(ellipsis):
        raise ValueError("limit is shorter than the ellipsis")
    words = text.split()
    normal = " ".join(words)
    if len(normal) <= limit:
        return normal
    room = limit - 1
    best = ""
    length = 0
    for i, word in enumerate(words):
        length += len(word) + (1 if i else 0)
        if length > room:
            break
        best = " ".join(words[:i + 1])
    best = best.rstrip(",;:.-")
    if best:
        return best + ellipsis
    return normal[:room] + ellipsis
