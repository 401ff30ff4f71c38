from collections import deque
from typing import List, Tuple


def run_conveyor(items: List[str], commands: List[Tuple]) -> List[str]:
    belt = deque(items)
    for cmd in commands:
        if cmd[0] == "rotate":
            if not belt:
                continue
            k = cmd[1]
            if k >= 0:
                for _ in range(k):
                    belt.append(belt.popleft())
            else:
                for _ in range(-k):
                    belt.appendleft(belt.pop())
        elif cmd[0] == "pick":
            if belt:
                belt.popleft()
        else:
            belt.appendleft(cmd[1])
    return list(belt)
