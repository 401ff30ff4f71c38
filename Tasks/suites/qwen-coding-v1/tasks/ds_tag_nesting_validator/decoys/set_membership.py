from typing import List


def first_nesting_error(tokens: List[str]) -> int:
    open_tags = []
    for i, tok in enumerate(tokens):
        if not tok.startswith("<"):
            continue
        if tok.startswith("</"):
            name = tok[2:-1]
            if name not in open_tags:
                return i
            open_tags.remove(name)
        elif tok.endswith("/>"):
            continue
        else:
            open_tags.append(tok[1:-1])
    return len(tokens) if open_tags else -1
