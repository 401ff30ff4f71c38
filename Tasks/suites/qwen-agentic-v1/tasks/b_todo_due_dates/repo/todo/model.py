"""One task per line, in the todo.txt style:

    x 2024-01-06 2024-01-02 (A) Call the plumber +house @phone due:2024-01-10

``x`` and the completion date mark a finished task, ``(A)``-``(Z)`` is the
priority, then the creation date, the text with ``+project`` and ``@context``
words, and ``key:value`` tags.
"""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Dict, List, Optional

_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PRIORITY_RE = re.compile(r"^\(([A-Z])\)$")
_TAG_RE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]*):(\S+)$")


class ParseError(ValueError):
    pass


def _parse_date(text):
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ParseError("bad date %r" % text) from None


@dataclass
class Task:
    text: str
    done: bool = False
    priority: Optional[str] = None
    created: Optional[date] = None
    completed: Optional[date] = None
    tags: Dict[str, str] = field(default_factory=dict)

    @property
    def words(self):
        return self.text.split()

    @property
    def projects(self) -> List[str]:
        return [w[1:] for w in self.words if w.startswith("+") and len(w) > 1]

    @property
    def contexts(self) -> List[str]:
        return [w[1:] for w in self.words if w.startswith("@") and len(w) > 1]

    def complete(self, when):
        self.done = True
        self.completed = when

    def to_line(self):
        parts = []
        if self.done:
            parts.append("x")
            if self.completed:
                parts.append(self.completed.isoformat())
        if self.priority and not self.done:
            parts.append("(%s)" % self.priority)
        if self.created:
            parts.append(self.created.isoformat())
        parts.append(self.text)
        parts.extend("%s:%s" % (k, v) for k, v in self.tags.items())
        return " ".join(parts)


def parse_line(line):
    """Parse one line (already stripped of its newline)."""
    words = line.split()
    if not words:
        raise ParseError("empty task")
    task = Task(text="")
    if words[0] == "x":
        task.done = True
        words.pop(0)
        if words and _DATE_RE.match(words[0]):
            task.completed = _parse_date(words.pop(0))
    if words and _PRIORITY_RE.match(words[0]):
        task.priority = _PRIORITY_RE.match(words.pop(0)).group(1)
    if words and _DATE_RE.match(words[0]):
        task.created = _parse_date(words.pop(0))
    text = []
    for word in words:
        m = _TAG_RE.match(word)
        if m and not word.startswith(("http:", "https:")):
            task.tags[m.group(1)] = m.group(2)
        else:
            text.append(word)
    if not text:
        raise ParseError("task has no text: %r" % line)
    task.text = " ".join(text)
    return task
