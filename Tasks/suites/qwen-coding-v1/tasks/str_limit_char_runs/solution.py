def limit_char_runs(s: str, k: int) -> str:
    if k < 1:
        raise ValueError("k must be >= 1")
    out = []
    prev = None
    count = 0
    for c in s:
        if c == prev:
            count += 1
        else:
            prev = c
            count = 1
        if count <= k:
            out.append(c)
    return "".join(out)
