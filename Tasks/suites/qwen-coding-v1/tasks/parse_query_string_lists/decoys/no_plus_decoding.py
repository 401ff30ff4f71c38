from urllib.parse import unquote


def parse_query(qs: str) -> dict[str, list[str]]:
    if qs.startswith("?"):
        qs = qs[1:]
    out = {}
    for piece in qs.split("&"):
        if not piece:
            continue
        key, _, value = piece.partition("=")
        out.setdefault(unquote(key), []).append(unquote(value))
    return out
