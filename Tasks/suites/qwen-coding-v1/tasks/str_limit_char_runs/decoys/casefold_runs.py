def limit_char_runs(s: str, k: int) -> str:
    if k < 1:
        raise ValueError("k must be >= 1")
    out = []
    prev = None
    count = 0
    for c in s:
        if prev is not None and c.lower() == prev.lower():
            count += 1
        else:
            count = 1
        prev = c
        if count <= k:
            out.append(c)
    return "".join(out)
