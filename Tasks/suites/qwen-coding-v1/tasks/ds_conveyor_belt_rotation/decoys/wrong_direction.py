from collections import deque
from typing import List, Tuple


def run_conveyor(items: List[str], commands: List[Tuple]) -> List[str]:
    belt = deque(items)
    for cmd in commands:
        if cmd[0] == "rotate":
            if belt:
                belt.rotate(cmd[1] % len(belt))
        elif cmd[0] == "pick":
            if belt:
                belt.popleft()
        else:
            belt.appendleft(cmd[1])
    return list(belt)
