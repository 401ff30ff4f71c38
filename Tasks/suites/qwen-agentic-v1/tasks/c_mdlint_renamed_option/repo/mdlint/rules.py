"""Lint rules. Each rule takes (lines, settings) and yields Finding objects."""

import re
from dataclasses import dataclass

HEADING = re.compile(r"^(#{1,6})\s")
FENCE = re.compile(r"^(```|~~~)")


@dataclass(frozen=True)
class Finding:
    line: int
    code: str
    message: str

    def format(self, path):
        return f"{path}:{self.line}: {self.code} {self.message}"


def _outside_fences(lines):
    """Yield (lineno, text) for lines that are not inside a fenced code block."""
    fenced = False
    for no, text in enumerate(lines, 1):
        if FENCE.match(text):
            fenced = not fenced
            continue
        if not fenced:
            yield no, text


def line_length(lines, settings):
    limit = settings.max_line_length
    for no, text in _outside_fences(lines):
        # long URLs cannot be wrapped; do not complain about them
        if len(text) > limit and " " in text.strip():
            yield Finding(no, "MD001", f"line is {len(text)} characters (limit {limit})")


def trailing_whitespace(lines, settings):
    if settings.allow_trailing_whitespace:
        return
    for no, text in enumerate(lines, 1):
        stripped = text.rstrip(" \t")
        if stripped != text:
            # two trailing spaces are a Markdown hard line break
            if text.endswith("  ") and not text.endswith("   ") and stripped:
                continue
            yield Finding(no, "MD002", "trailing whitespace")


def heading_increment(lines, settings):
    previous = 0
    for no, text in _outside_fences(lines):
        m = HEADING.match(text)
        if not m:
            continue
        level = len(m.group(1))
        if previous and level > previous + 1:
            yield Finding(no, "MD003", f"heading level {level} follows level {previous}")
        previous = level


def hard_tabs(lines, settings):
    for no, text in enumerate(lines, 1):
        if "\t" in text:
            yield Finding(no, "MD004", "hard tab")


def blank_lines(lines, settings):
    run = 0
    for no, text in _outside_fences(lines):
        if text.strip():
            run = 0
            continue
        run += 1
        if run == 2:
            yield Finding(no, "MD005", "multiple consecutive blank lines")


RULES = {
    "MD001": line_length,
    "MD002": trailing_whitespace,
    "MD003": heading_increment,
    "MD004": hard_tabs,
    "MD005": blank_lines,
}


def lint_text(text, settings):
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    findings = []
    for code, rule in RULES.items():
        if code in settings.disable:
            continue
        findings.extend(rule(lines, settings))
    findings.sort(key=lambda f: (f.line, f.code))
    return findings
