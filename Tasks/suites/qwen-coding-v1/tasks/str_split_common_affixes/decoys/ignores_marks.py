def split_affixes(a: str, b: str) -> tuple[str, str, str, str]:
    p = 0
    while p < len(a) and p < len(b) and a[p] == b[p]:
        p += 1
    ra, rb = a[p:], b[p:]
    s = 0
    while s < len(ra) and s < len(rb) and ra[len(ra) - 1 - s] == rb[len(rb) - 1 - s]:
        s += 1
    return (a[:p], ra[:len(ra) - s], rb[:len(rb) - s], ra[len(ra) - s:])
