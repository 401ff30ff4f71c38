def shorten_path(path: str, max_len: int) -> str:
    if max_len < 1:
        raise ValueError("max_len must be >= 1")
    if len(path) <= max_len:
        return path
    parts = path.split("/")
    if len(parts) >= 3:
        first, middle, last = parts[0], parts[1:-1], parts[-1]
        best = None
        for k in range(len(middle) + 1):
            candidate = "/".join([first] + middle[:k]) + "/…/" + last
            if len(candidate) > max_len:
                break
            best = candidate
        if best is not None:
            return best
    if max_len == 1:
        return "…"
    return "…" + path[-(max_len - 1):]
