"""Load targets on demand and walk the dependency graph."""

import os

from forge.buildfile import BuildFileError, parse_build_file
from forge.labels import parse_label

LINKER = parse_label("//tools:linker")
TEST_RUNNER = parse_label("//tools:testrunner")


class GraphError(Exception):
    pass


class CycleError(GraphError):
    def __init__(self, path):
        super().__init__("dependency cycle: " + " -> ".join(str(label) for label in path))
        self.path = path


class Workspace:
    """BUILD files come from a mapping {package: text} or from a directory tree."""

    def __init__(self, sources=None, root=None):
        self.sources = dict(sources or {})
        self.root = root
        self._packages = {}

    def _read(self, package):
        if package in self.sources:
            return self.sources[package]
        if self.root is not None:
            path = os.path.join(self.root, *package.split("/"), "BUILD")
            if os.path.exists(path):
                with open(path, encoding="utf-8") as fh:
                    return fh.read()
        raise GraphError(f"no BUILD file for package {package!r}")

    def package(self, package):
        if package not in self._packages:
            try:
                targets = parse_build_file(self._read(package), package)
            except BuildFileError as exc:
                raise GraphError(f"{package}/BUILD: {exc}") from None
            for target in targets.values():
                self._add_implicit_deps(target)
            self._packages[package] = targets
        return self._packages[package]

    def _add_implicit_deps(self, target):
        """Binaries link with the linker; tests run under the test runner."""
        if target.label.package == "tools":
            return
        if target.kind == "binary" and LINKER not in target.deps:
            target.deps.append(LINKER)
        if target.kind == "test" and TEST_RUNNER not in target.deps:
            target.deps.append(TEST_RUNNER)

    def target(self, label):
        targets = self.package(label.package)
        if label.name not in targets:
            raise GraphError(f"no target {label.name!r} in package {label.package!r}")
        return targets[label.name]

    # ------------------------------------------------------------ graph walks

    def build_order(self, roots):
        """All targets needed for `roots`, dependencies first (deterministic)."""
        order, done, active = [], set(), []

        def visit(label):
            if label in done:
                return
            if label in active:
                raise CycleError(active[active.index(label):] + [label])
            active.append(label)
            for dep in sorted(self.target(label).deps):
                visit(dep)
            active.pop()
            done.add(label)
            order.append(label)

        for root in roots:
            visit(root)
        return order

    def transitive_deps(self, label):
        return [l for l in self.build_order([label]) if l != label]

    def reverse_deps(self, label, universe):
        """Targets among `universe` (and their deps) that depend on `label`, directly or not."""
        result = []
        for candidate in self.build_order(universe):
            if candidate != label and label in self.transitive_deps(candidate):
                result.append(candidate)
        return result

    def tests_for(self, label, universe):
        return [l for l in self.reverse_deps(label, universe) if self.target(l).is_test]
