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
        sep = "=" if "=" in s else ":"
        if sep not in s:
            raise ValueError("not a key/value line: %r" % raw)
        k, v = s.split(sep, 1)
        key = k.strip().lower()
        if not key:
            raise ValueError("empty key")
        result.setdefault(section, {})[key] = v.strip()
        open_key = (section, key)
    return result
