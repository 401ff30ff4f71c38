def parse_cookie_header(header: str) -> dict[str, str]:
    out = {}
    for piece in header.split(";"):
        piece = piece.strip()
        if not piece or "=" not in piece:
            continue
        parts = piece.split("=")
        name, value = parts[0].strip(), parts[1].strip()
        if not name:
            continue
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        if name not in out:
            out[name] = value
    return out
