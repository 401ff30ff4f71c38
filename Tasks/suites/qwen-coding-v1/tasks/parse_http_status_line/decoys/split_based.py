def parse_status_line(line: str) -> tuple[str, int, str]:
    parts = line.strip().split(None, 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/"):
        raise ValueError("bad status line")
    version = parts[0][5:]
    if version not in {"0.9", "1.0", "1.1", "2", "3"} and not (
        len(version) in (1, 3) and version[0].isdigit()
    ):
        raise ValueError("bad version")
    if len(parts[1]) != 3 or not parts[1].isdigit():
        raise ValueError("bad code")
    code = int(parts[1])
    if not 100 <= code <= 599:
        raise ValueError("status code out of range")
    return (version, code, parts[2] if len(parts) > 2 else "")
