def parse_log_line(line: str) -> dict | None:
    line = line.rstrip()
    if not line.startswith("[") or "] " not in line:
        return None
    ts, rest = line[1:].split("] ", 1)
    if len(ts) not in (19, 23):
        return None
    parts = rest.split(None, 1)
    if not parts or parts[0] not in ("DEBUG", "INFO", "WARN", "ERROR", "FATAL"):
        return None
    level = parts[0]
    rest = parts[1] if len(parts) > 1 else ""
    source = None
    if rest.startswith("(") and ")" in rest:
        source, rest = rest[1:].split(")", 1)
        rest = rest.strip()
    return {"timestamp": ts, "level": level, "source": source, "message": rest}
