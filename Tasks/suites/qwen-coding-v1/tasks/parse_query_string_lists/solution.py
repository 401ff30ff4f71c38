from urllib.parse import unquote_plus


def parse_query(qs: str) -> dict[str, list[str]]:
    if qs.startswith("?"):
        qs = qs[1:]
    out = {}
    for piece in qs.split("&"):
        if not piece:
            continue
        key, _, value = piece.partition("=")
        out.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    return out
