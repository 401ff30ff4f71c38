"""Reading and writing a todo.txt file. Task numbers are 1-based line numbers."""

import os

from .model import ParseError, parse_line


class TodoFile:
    def __init__(self, path):
        self.path = path
        self.tasks = []       # (number, task), in file order
        self.problems = []    # (number, message) for lines that could not be read
        if os.path.exists(path):
            self._load()

    def _load(self):
        with open(self.path, encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                line = line.strip()
                if not line:
                    continue
                try:
                    self.tasks.append((number, parse_line(line)))
                except ParseError as exc:
                    self.problems.append((number, str(exc)))

    def get(self, number):
        for n, task in self.tasks:
            if n == number:
                return task
        raise KeyError(number)

    def add(self, task):
        number = max([n for n, _ in self.tasks] + [n for n, _ in self.problems] + [0]) + 1
        self.tasks.append((number, task))
        return number

    def save(self):
        lines = {}
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as fh:
                for number, line in enumerate(fh, start=1):
                    lines[number] = line.rstrip("\n")
        for number, task in self.tasks:
            lines[number] = task.to_line()
        last = max(lines) if lines else 0
        with open(self.path, "w", encoding="utf-8") as fh:
            for number in range(1, last + 1):
                fh.write(lines.get(number, "") + "\n")
