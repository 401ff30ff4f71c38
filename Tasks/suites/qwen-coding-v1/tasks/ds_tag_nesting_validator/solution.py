from typing import List


def first_nesting_error(tokens: List[str]) -> int:
    stack = []
    for i, tok in enumerate(tokens):
        if not tok.startswith("<"):
            continue
        if tok.startswith("</"):
            name = tok[2:-1]
            if not stack or stack[-1] != name:
                return i
            stack.pop()
        elif tok.endswith("/>"):
            continue
        else:
            stack.append(tok[1:-1])
    return len(tokens) if stack else -1
