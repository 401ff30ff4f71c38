def fit_width(text: str, width: int) -> str:
    if width == 0:
        return ""
    if len(text) <= width:
        return text.ljust(width)
    return text[: width - 1] + "…"
