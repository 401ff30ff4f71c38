"""Unified diff output, parsing and applying.

Sequences are lists of lines without their line terminators.
"""

import re

from .engine import group_hunks, opcodes

_HUNK_RE = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")


class PatchError(Exception):
    """A patch is malformed or does not fit the file it is applied to."""


def _range(start, length):
    # unified diff convention: 1-based start; an empty range names the line before it
    first = start + 1 if length else start
    return str(first) if length == 1 else "%d,%d" % (first, length)


def unified_diff(a, b, a_name="a", b_name="b", context=3, key=None):
    """The unified diff turning ``a`` into ``b`` as text ('' when they are equal)."""
    hunks = group_hunks(opcodes(a, b, key), context)
    if not hunks:
        return ""
    out = ["--- %s" % a_name, "+++ %s" % b_name]
    for hunk in hunks:
        i1, j1 = hunk[0][1], hunk[0][3]
        i2, j2 = hunk[-1][2], hunk[-1][4]
        out.append("@@ -%s +%s @@" % (_range(i1, i2 - i1), _range(j1, j2 - j1)))
        for tag, ai1, ai2, bj1, bj2 in hunk:
            if tag == "equal":
                out.extend(" " + line for line in a[ai1:ai2])
                continue
            out.extend("-" + line for line in a[ai1:ai2])
            out.extend("+" + line for line in b[bj1:bj2])
    return "\n".join(out) + "\n"


class Hunk:
    def __init__(self, old_start, old_len, new_start, new_len):
        self.old_start, self.old_len = old_start, old_len
        self.new_start, self.new_len = new_start, new_len
        self.lines = []   # (op, text) with op in " ", "-", "+"

    def old_lines(self):
        return [text for op, text in self.lines if op != "+"]

    def new_lines(self):
        return [text for op, text in self.lines if op != "-"]

    def reversed(self):
        flipped = Hunk(self.new_start, self.new_len, self.old_start, self.old_len)
        flipped.lines = [({"+": "-", "-": "+"}.get(op, op), text) for op, text in self.lines]
        return flipped

    def __repr__(self):
        return "<Hunk -%d,%d +%d,%d>" % (self.old_start, self.old_len, self.new_start, self.new_len)


def parse_patch(text):
    """Parse one file's unified diff into ``(old_name, new_name, hunks)``."""
    lines = text.splitlines()
    old_name = new_name = None
    hunks = []
    current = None
    for lineno, line in enumerate(lines, start=1):
        if line.startswith("--- ") and current is None and old_name is None:
            old_name = line[4:].split("\t")[0]
            continue
        if line.startswith("+++ ") and current is None and new_name is None:
            new_name = line[4:].split("\t")[0]
            continue
        m = _HUNK_RE.match(line)
        if m:
            current = Hunk(int(m.group(1)), int(m.group(2) if m.group(2) is not None else 1),
                           int(m.group(3)), int(m.group(4) if m.group(4) is not None else 1))
            hunks.append(current)
            continue
        if current is None:
            if line.strip():
                raise PatchError("line %d: text before the first hunk" % lineno)
            continue
        if line.startswith("\\"):
            continue  # "\ No newline at end of file"
        op = line[:1] or " "
        if op not in " -+":
            raise PatchError("line %d: unexpected %r in hunk" % (lineno, line[:10]))
        current.lines.append((op, line[1:]))
    for number, hunk in enumerate(hunks, start=1):
        if len(hunk.old_lines()) != hunk.old_len or len(hunk.new_lines()) != hunk.new_len:
            raise PatchError("hunk #%d: header says -%d +%d lines but the body has -%d +%d"
                             % (number, hunk.old_len, hunk.new_len, len(hunk.old_lines()), len(hunk.new_lines())))
    return old_name, new_name, hunks


def apply_patch(lines, patch, reverse=False):
    """Apply a unified diff (text or parsed hunks) to ``lines``; returns the new lines.

    Every hunk must match the file exactly at the position its header gives.
    """
    hunks = parse_patch(patch)[2] if isinstance(patch, str) else list(patch)
    if reverse:
        hunks = [h.reversed() for h in hunks]
    result = []
    cursor = 0
    for number, hunk in enumerate(hunks, start=1):
        start = hunk.old_start - 1 if hunk.old_len else hunk.old_start
        if start < cursor:
            raise PatchError("hunk #%d overlaps the previous hunk (line %d)" % (number, start + 1))
        if start + hunk.old_len > len(lines):
            raise PatchError("hunk #%d reaches past the end of the file (line %d)" % (number, start + hunk.old_len))
        expected = hunk.old_lines()
        actual = lines[start:start + hunk.old_len]
        if actual != expected:
            bad = next(k for k, (x, y) in enumerate(zip(actual, expected)) if x != y)
            raise PatchError("hunk #%d does not apply: context mismatch at line %d" % (number, start + bad + 1))
        result.extend(lines[cursor:start])
        result.extend(hunk.new_lines())
        cursor = start + hunk.old_len
    result.extend(lines[cursor:])
    return result
