"""Task graphs and the Taskfile format.

A Taskfile lists one task per line with the tasks it depends on::

    # comments start with '#'
    build: compile assets
    compile: fetch
    test: build
    fetch:

Tasks only mentioned as dependencies are created automatically.
"""

import re

_NAME = re.compile(r"^[A-Za-z0-9_.\-/]+$")


class GraphError(ValueError):
    pass


class CycleError(GraphError):
    def __init__(self, cycle):
        super().__init__("dependency cycle: " + " -> ".join(cycle))
        self.cycle = cycle


class Graph:
    def __init__(self):
        self.deps = {}      # task -> list of prerequisite tasks (declaration order)

    def add_task(self, name, deps=()):
        for n in (name, *deps):
            if not _NAME.match(n):
                raise GraphError("invalid task name %r" % n)
        entry = self.deps.setdefault(name, [])
        for d in deps:
            if d == name:
                raise CycleError([name, name])
            if d not in entry:
                entry.append(d)
            self.deps.setdefault(d, [])

    def __contains__(self, name):
        return name in self.deps

    def __len__(self):
        return len(self.deps)

    def dependents(self):
        """Reverse edges: task -> tasks that depend on it."""
        result = {name: [] for name in self.deps}
        for name, deps in self.deps.items():
            for d in deps:
                result[d].append(name)
        return result

    def closure(self, targets):
        """The targets plus everything they (transitively) depend on."""
        needed = set()
        stack = list(targets)
        for t in stack:
            if t not in self.deps:
                raise GraphError("unknown task %r" % t)
        while stack:
            name = stack.pop()
            if name in needed:
                continue
            needed.add(name)
            stack.extend(self.deps[name])
        return needed

    def find_cycle(self, among=None):
        """Return one cycle (first task repeated at the end) or ``None``."""
        nodes = sorted(self.deps if among is None else among)
        allowed = set(nodes)
        state = {}          # 1 = on stack, 2 = done
        for root in nodes:
            if root in state:
                continue
            path = [root]
            iters = [iter(self.deps[root])]
            state[root] = 1
            while iters:
                for nxt in iters[-1]:
                    if nxt not in allowed:
                        continue
                    if state.get(nxt) == 1:
                        return path[path.index(nxt):] + [nxt]
                    if nxt not in state:
                        state[nxt] = 1
                        path.append(nxt)
                        iters.append(iter(self.deps[nxt]))
                        break
                else:
                    state[path.pop()] = 2
                    iters.pop()
        return None


def parse_taskfile(text):
    graph = Graph()
    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, rest = line.partition(":")
        if not sep:
            raise GraphError("line %d: expected 'task: deps...'" % line_no)
        try:
            graph.add_task(name.strip(), rest.split())
        except CycleError:
            raise
        except GraphError as exc:
            raise GraphError("line %d: %s" % (line_no, exc)) from None
    return graph
