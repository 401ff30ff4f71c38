def alternate_letter_case(s: str) -> str:
    words = s.split(" ")
    res = []
    for w in words:
        out = []
        n = 0
        for c in w:
            if c.isalpha():
                out.append(c.upper() if n % 2 == 0 else c.lower())
                n += 1
            else:
                out.append(c)
        res.append("".join(out))
    return " ".join(res)
