def parse_ini(text: str) -> dict[str, dict[str, str]]:
    result = {}
    section = ""
    open_key = None
    for raw in text.splitlines():
        if not raw.strip():
            open_key = None
            continue
        if raw[0] in " \t" and open_key is not None:
            sec, key = open_key
            result[sec][key] += "\n" + raw.strip()
            continue
        s = raw.strip()
        if s[0] in ";#":
            open_key = None
            continue
        if s.startswith("[") and s.endswith("]"):
            section = s[1:-1].strip()
            result.setdefault(section, {})
            open_key = None
            continue
        positions = [p for p in (s.find("="), s.find(":")) if p >= 0]
        if not positions:
            raise ValueError("not a key/value line: %r" % raw)
        p = min(positions)
        key = s[:p].strip().lower()
        if not key:
            raise ValueError("empty key: %r" % raw)
        result.setdefault(section, {})[key] = s[p + 1:].strip()
        open_key = (section, key)
    return result
