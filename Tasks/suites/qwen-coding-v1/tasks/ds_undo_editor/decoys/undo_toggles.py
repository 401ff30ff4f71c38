from typing import List, Tuple


def apply_edits(operations: List[Tuple]) -> str:
    text = ""
    history = []
    for op in operations:
        if op[0] == "type":
            history.append(text)
            text += op[1]
        elif op[0] == "delete":
            history.append(text)
            text = text[:max(0, len(text) - op[1])]
        elif op[0] == "undo":
            if history:
                previous = history.pop()
                history.append(text)
                text = previous
    return text
