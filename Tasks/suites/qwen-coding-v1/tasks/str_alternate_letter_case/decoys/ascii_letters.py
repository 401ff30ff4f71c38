import string


def alternate_letter_case(s: str) -> str:
    out = []
    n = 0
    for c in s:
        if c in string.ascii_letters:
            out.append(c.upper() if n % 2 == 0 else c.lower())
            n += 1
        else:
            out.append(c)
    return "".join(out)
