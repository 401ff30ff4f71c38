from typing import Iterable, Iterator, Tuple


def _chomp(line):
    if line.endswith("\r\n"):
        return line[:-2]
    if line.endswith("\n"):
        return line[:-1]
    return line


def logical_lines(lines: Iterable[str]) -> Iterator[Tuple[int, str]]:
    pending = None
    start = 0
    for number, raw in enumerate(lines, 1):
        line = _chomp(raw)
        if pending is None:
            if line.lstrip().startswith("#"):
                continue
            start, text = number, line
        else:
            text = pending + line.lstrip()
        if text.endswith("\\"):
            pending = text[:-1]
            continue
        pending = None
        text = text.rstrip()
        if text:
            yield start, text
    if pending is not None:
        text = pending.rstrip()
        if text:
            yield start, text
