from collections import deque
from typing import List, Optional, Tuple


def ring_buffer_log(capacity: int, operations: List[Tuple]) -> List[Optional[str]]:
    buf = deque(maxlen=capacity)
    out = []
    for op in operations:
        if op[0] == "push":
            buf.append(op[1])
        elif op[0] == "pop":
            out.append(buf.pop() if buf else None)
        else:
            out.append(buf[-1] if buf else None)
    return out
