def parse_cookie_header(header: str) -> dict[str, str]:
    out = {}
    for piece in header.split(";"):
        piece = piece.strip()
        if not piece or "=" not in piece:
            continue
        name, _, value = piece.partition("=")
        name, value = name.strip(), value.strip().strip('"')
        if not name:
            continue
        if name not in out:
            out[name] = value
    return out
