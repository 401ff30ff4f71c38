from collections import deque
from typing import List, Optional, Tuple


def ring_buffer_log(capacity: int, operations: List[Tuple]) -> List[Optional[str]]:
    buf = deque()
    out = []
    for op in operations:
        kind = op[0]
        if kind == "push":
            if capacity == 0:
                continue
            if len(buf) == capacity:
                buf.popleft()
            buf.append(op[1])
        elif kind == "pop":
            out.append(buf.popleft() if buf else None)
        elif kind == "peek":
            out.append(buf[0] if buf else None)
    return out
