def dot_leader(title: str, page: str, width: int) -> str:
    room = width - len(page) - 5
    if room < 1:
        raise ValueError("width too small")
    if len(title) > room:
        title = title[:room - 1] + "\u2026"
    k = width - len(title) - len(page) - 2
    return title + " " + "." * k + " " + page
