from typing import Iterable, Iterator, Tuple


def _chomp(line):
    if line.endswith("\r\n"):
        return line[:-2]
    if line.endswith("\n"):
        return line[:-1]
    return line


def logical_lines(lines: Iterable[str]) -> Iterator[Tuple[int, str]]:
    current = None
    start = 0
    continuing = False
    for number, raw in enumerate(lines, 1):
        line = _chomp(raw)
        if continuing:
            current += line.lstrip()
        else:
            if current is not None and current.rstrip():
                yield start, current.rstrip()
            current = None
            if line.lstrip().startswith("#"):
                continue
            start, current = number, line
        continuing = current.endswith("\\")
        if continuing:
            current = current[:-1]
    if current is not None and current.rstrip():
        yield start, current.rstrip()
