def camel_to_snake(name: str) -> str:
    out = []
    for i, c in enumerate(name):
        if c.isupper() and i > 0 and name[i - 1] != "_":
            out.append("_")
        out.append(c.lower())
    return "".join(out)
