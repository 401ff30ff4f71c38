from typing import List, Tuple


def apply_edits(operations: List[Tuple]) -> str:
    text = ""
    history = []
    for op in operations:
        kind = op[0]
        if kind == "type":
            history.append(text)
            text = text + op[1]
        elif kind == "delete":
            history.append(text)
            k = op[1]
            if k > 0:
                text = text[:max(0, len(text) - k)]
        elif kind == "undo":
            if history:
                text = history.pop()
    return text
