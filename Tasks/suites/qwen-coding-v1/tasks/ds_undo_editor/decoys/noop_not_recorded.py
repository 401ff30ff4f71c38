from typing import List, Tuple


def apply_edits(operations: List[Tuple]) -> str:
    text = ""
    history = []
    for op in operations:
        if op[0] == "type":
            if op[1]:
                history.append(text)
                text += op[1]
        elif op[0] == "delete":
            if op[1] > 0 and text:
                history.append(text)
                text = text[:max(0, len(text) - op[1])]
        elif op[0] == "undo":
            if history:
                text = history.pop()
    return text
