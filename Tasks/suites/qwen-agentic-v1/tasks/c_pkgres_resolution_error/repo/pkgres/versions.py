"""Versions ("1.4.2") and specifiers (">=1.2,<2", "~=1.4", "==1.0", "!=1.3")."""

import re
from dataclasses import dataclass
from functools import total_ordering

_VERSION = re.compile(r"^\d+(?:\.\d+)*$")
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*?)\s*$")
_CLAUSE = re.compile(r"^(==|!=|>=|<=|>|<|~=)\s*(\d+(?:\.\d+)*)$")


class VersionError(ValueError):
    pass


@total_ordering
@dataclass(frozen=True)
class Version:
    parts: tuple

    @classmethod
    def parse(cls, text):
        text = str(text).strip()
        if not _VERSION.match(text):
            raise VersionError(f"invalid version {text!r}")
        parts = [int(p) for p in text.split(".")]
        while len(parts) > 1 and parts[-1] == 0:
            parts.pop()  # 1.0 == 1
        return cls(tuple(parts))

    def __lt__(self, other):
        return self.parts < other.parts

    def __str__(self):
        return ".".join(str(p) for p in self.parts) + (".0" if len(self.parts) == 1 else "")


@dataclass(frozen=True)
class Specifier:
    clauses: tuple  # of (operator, Version, original text)

    @classmethod
    def parse(cls, text):
        clauses = []
        for raw in filter(None, (c.strip() for c in text.split(","))):
            m = _CLAUSE.match(raw)
            if not m:
                raise VersionError(f"invalid version specifier {raw!r}")
            clauses.append((m.group(1), Version.parse(m.group(2)), m.group(2)))
        return cls(tuple(clauses))

    def contains(self, version):
        for op, bound, raw in self.clauses:
            if op == "==" and version != bound:
                return False
            if op == "!=" and version == bound:
                return False
            if op == ">=" and version < bound:
                return False
            if op == "<=" and version > bound:
                return False
            if op == ">" and version <= bound:
                return False
            if op == "<" and version >= bound:
                return False
            if op == "~=":
                # ~=1.4 means >=1.4,<2 ; ~=1.4.2 means >=1.4.2,<1.5
                written = raw.split(".")
                if len(written) < 2:
                    raise VersionError(f"~= needs at least two version parts, got {raw!r}")
                upper = [int(p) for p in written[:-1]]
                upper[-1] += 1
                if version < bound or version >= Version.parse(".".join(map(str, upper))):
                    return False
        return True

    def __str__(self):
        return ",".join(f"{op}{raw}" for op, _, raw in self.clauses)


@dataclass(frozen=True)
class Requirement:
    name: str
    specifier: Specifier

    @classmethod
    def parse(cls, text):
        m = _REQUIREMENT.match(text)
        if not m:
            raise VersionError(f"invalid requirement {text!r}")
        return cls(m.group(1).lower().replace("_", "-"), Specifier.parse(m.group(2)))

    def __str__(self):
        return f"{self.name}{self.specifier}"
