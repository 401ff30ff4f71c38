from typing import List, Tuple


def wrap_layout(words: List[str], width: int) -> Tuple[int, List[str]]:
    lines = []
    cur = []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return sum((width - len(l)) ** 2 for l in lines[:-1]), lines
