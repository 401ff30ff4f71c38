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
            text = text[:-op[1]]
        elif op[0] == "undo":
            if history:
                text = history.pop()
    return text
