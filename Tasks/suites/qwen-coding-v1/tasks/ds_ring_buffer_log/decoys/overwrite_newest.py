from typing import List, Optional, Tuple


def ring_buffer_log(capacity: int, operations: List[Tuple]) -> List[Optional[str]]:
    buf = []
    out = []
    for op in operations:
        if op[0] == "push":
            if capacity == 0:
                continue
            if len(buf) == capacity:
                buf.pop()
            buf.append(op[1])
        elif op[0] == "pop":
            out.append(buf.pop(0) if buf else None)
        else:
            out.append(buf[0] if buf else None)
    return out
