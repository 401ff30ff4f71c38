"""Backtracking resolution: pick one version per package so that every requirement holds.

Versions are tried newest first; the result is deterministic.
"""

from pkgres.versions import Requirement

ROOT = "<root>"


class _Resolver:
    def __init__(self, index):
        self.index = index
        self.failure = None  # (package, [(requirer, requirement text)]) of the last conflict seen
        self.steps = 0

    def _fail(self, name, constraints):
        self.failure = (name, [(who, str(req)) for who, req in constraints])
        return None

    def solve(self, pins, pending, constraints):
        """pins: {name: Version}; pending: [(requirer, Requirement)]; constraints: {name: [(requirer, Requirement)]}."""
        self.steps += 1
        if not pending:
            return dict(pins)
        (requirer, req), rest = pending[0], pending[1:]
        seen = constraints.get(req.name, []) + [(requirer, req)]
        constraints = {**constraints, req.name: seen}
        if req.name in pins:
            if req.specifier.contains(pins[req.name]):
                return self.solve(pins, rest, constraints)
            return self._fail(req.name, seen)
        candidates = [v for v in self.index.versions(req.name)
                      if all(r.specifier.contains(v) for _, r in seen)]
        if not candidates:
            return self._fail(req.name, seen)
        for version in candidates:
            label = f"{req.name} {version}"
            deps = [(label, dep) for dep in self.index.requirements(req.name, version)]
            result = self.solve({**pins, req.name: version}, rest + deps, constraints)
            if result is not None:
                return result
        return None


def _roots(requirements):
    return [(ROOT, r if isinstance(r, Requirement) else Requirement.parse(r)) for r in requirements]


def resolve(requirements, index):
    """Return {name: Version} satisfying `requirements` (strings or Requirements), or None."""
    resolver = _Resolver(index)
    return resolver.solve({}, _roots(requirements), {})


def explain_failure(requirements, index):
    """Describe why `requirements` cannot be resolved (None if they can)."""
    resolver = _Resolver(index)
    if resolver.solve({}, _roots(requirements), {}) is not None:
        return None
    name, constraints = resolver.failure
    lines = [f"cannot find a version of {name} that satisfies:"]
    lines += [f"  {text}  (required by {who})" for who, text in constraints]
    return "\n".join(lines)


def dependency_paths(pins, requirements, index, target):
    """Chains of package names from a root requirement to `target` within a resolution."""
    paths = []

    def walk(name, trail):
        if name == target:
            paths.append(trail + [name])
            return
        if name in trail or name not in pins:
            return
        for dep in index.requirements(name, pins[name]):
            walk(dep.name, trail + [name])

    for _, req in _roots(requirements):
        walk(req.name, [])
    return paths
