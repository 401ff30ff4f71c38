from urllib.parse import unquote_plus


def parse_query(qs: str) -> dict[str, list[str]]:
    qs = qs.lstrip("?")
    out = {}
    for piece in qs.split("&"):
        if not piece:
            continue
        parts = piece.split("=")
        key = parts[0]
        value = parts[1] if len(parts) > 1 else ""
        out.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    return out
