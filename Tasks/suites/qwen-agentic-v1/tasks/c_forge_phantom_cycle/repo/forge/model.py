"""Targets as declared in BUILD files."""

KINDS = ("library", "binary", "test", "genrule", "filegroup")


class Target:
    """One build target. `deps` are Labels, `srcs` are file names relative to the package."""

    def __init__(self, label, kind="library", srcs=[], deps=[], tags=(), cmd=None):
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        self.label = label
        self.kind = kind
        self.srcs = srcs
        self.deps = deps
        self.tags = tuple(tags)
        self.cmd = cmd

    @property
    def is_test(self):
        return self.kind == "test"

    def __repr__(self):
        return f"Target({self.label}, kind={self.kind!r}, deps={[str(d) for d in self.deps]})"

    def __eq__(self, other):
        if not isinstance(other, Target):
            return NotImplemented
        return (self.label, self.kind, list(self.srcs), list(self.deps), self.tags, self.cmd) == (
            other.label, other.kind, list(other.srcs), list(other.deps), other.tags, other.cmd)

    __hash__ = None
