from typing import List, Tuple


def run_conveyor(items: List[str], commands: List[Tuple]) -> List[str]:
    belt = list(items)
    for cmd in commands:
        if cmd[0] == "rotate":
            if belt:
                k = cmd[1] % len(belt)
                belt = belt[k:] + belt[:k]
        elif cmd[0] == "pick":
            if belt:
                belt.pop(0)
        else:
            belt.append(cmd[1])
    return belt
