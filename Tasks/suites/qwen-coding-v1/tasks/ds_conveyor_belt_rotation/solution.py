from collections import deque
from typing import List, Tuple


def run_conveyor(items: List[str], commands: List[Tuple]) -> List[str]:
    belt = deque(items)
    for cmd in commands:
        kind = cmd[0]
        if kind == "rotate":
            if belt:
                belt.rotate(-(cmd[1] % len(belt)))
        elif kind == "pick":
            if belt:
                belt.popleft()
        elif kind == "place":
            belt.appendleft(cmd[1])
    return list(belt)
