"""The job graph of a pipeline: validation, execution order, stages, impact analysis.

Jobs depend on other jobs.  A required dependency must exist; an optional
one (written ``?name`` in pipeline files) only counts when a job of that
name is in the graph.

Ordering rules, used everywhere a choice has to be made:

* a job runs only after all of its (effective) dependencies;
* among the jobs that could run next, the highest ``priority`` goes first,
  and between equal priorities the alphabetically smallest name.
"""

from dataclasses import dataclass, field
from typing import Tuple


class GraphError(ValueError):
    """The graph is inconsistent (unknown dependency, duplicate job...)."""


class CycleError(GraphError):
    """Some jobs depend on each other in a circle; ``cycle`` lists one such circle."""

    def __init__(self, cycle):
        super().__init__("dependency cycle: " + " -> ".join(cycle + cycle[:1]))
        self.cycle = cycle


@dataclass
class Job:
    name: str
    deps: Tuple[str, ...] = ()
    optional: Tuple[str, ...] = ()
    priority: int = 0
    duration: float = 1.0
    tags: Tuple[str, ...] = field(default_factory=tuple)

    def sort_key(self):
        return (-self.priority, self.name)


class Graph:
    def __init__(self):
        self.jobs = {}

    # -- building ----------------------------------------------------------

    def add(self, name, deps=(), optional=(), priority=0, duration=1.0, tags=()):
        if not name or any(ch.isspace() for ch in name) or name.startswith("?"):
            raise GraphError("invalid job name %r" % (name,))
        if name in self.jobs:
            raise GraphError("job %r defined twice" % (name,))
        if duration < 0:
            raise GraphError("job %r has a negative duration" % (name,))
        deps, optional = tuple(deps), tuple(optional)
        if name in deps or name in optional:
            raise GraphError("job %r depends on itself" % (name,))
        job = Job(name, deps, optional, int(priority), float(duration), tuple(tags))
        self.jobs[name] = job
        return job

    def validate(self):
        """Raise GraphError listing every required dependency that does not exist."""
        missing = []
        for job in self.jobs.values():
            for dep in job.deps:
                if dep not in self.jobs:
                    missing.append("%s -> %s" % (job.name, dep))
        if missing:
            raise GraphError("unknown dependencies: " + ", ".join(sorted(missing)))

    def effective_deps(self, name):
        """Required dependencies plus the optional ones that exist, without duplicates."""
        job = self.jobs[name]
        out = list(job.deps)
        for dep in job.optional:
            if dep in self.jobs and dep not in out:
                out.append(dep)
        return out

    def dependents(self, name):
        """Jobs that directly depend on ``name``, sorted by name."""
        return sorted(other for other in self.jobs if name in self.effective_deps(other))

    # -- cycles ------------------------------------------------------------

    def _find_cycle(self, unfinished):
        """One cycle among ``unfinished`` jobs (none of which could run).

        Starts at the smallest unfinished name and keeps following the
        smallest unfinished dependency until a job repeats.
        """
        path = []
        seen = {}
        current = min(unfinished)
        while current not in seen:
            seen[current] = len(path)
            path.append(current)
            current = min(d for d in self.effective_deps(current) if d in unfinished)
        return path[seen[current]:]

    # -- ordering ----------------------------------------------------------

    def order(self):
        """Every job, in an order that respects dependencies (see module docstring)."""
        self.validate()
        done = set()
        result = []
        remaining = list(self.jobs)
        while remaining:
            ready = [n for n in remaining if all(d in done for d in self.effective_deps(n))]
            if not ready:
                raise CycleError(self._find_cycle(set(remaining)))
            best = min(ready, key=lambda n: self.jobs[n].sort_key())
            result.append(best)
            done.add(best)
            remaining.remove(best)
        return result

    def stages(self):
        """Groups of jobs that can run in parallel.

        Stage 0 holds the jobs without dependencies; stage k the jobs whose
        dependencies are all in earlier stages, at least one in stage k-1.
        Each stage is sorted by priority then name.
        """
        self.validate()
        done = set()
        stages = []
        remaining = list(self.jobs)
        while remaining:
            stage = [n for n in remaining if all(d in done for d in self.effective_deps(n))]
            if not stage:
                raise CycleError(self._find_cycle(set(remaining)))
            stage.sort(key=lambda n: self.jobs[n].sort_key())
            stages.append(stage)
            done.update(stage)
            remaining = [n for n in remaining if n not in done]
        return stages

    def required_for(self, targets):
        """The targets and everything they need, in execution order."""
        for target in targets:
            if target not in self.jobs:
                raise GraphError("unknown job %r" % (target,))
        needed = set(targets)
        changed = True
        while changed:
            changed = False
            for name in list(needed):
                for dep in self.effective_deps(name):
                    if dep not in needed:
                        needed.add(dep)
                        changed = True
        return [n for n in self.order() if n in needed]

    def downstream(self, name):
        """Every job that depends on ``name`` directly or indirectly, sorted by name."""
        if name not in self.jobs:
            raise GraphError("unknown job %r" % (name,))
        affected = set()
        frontier = [name]
        while frontier:
            current = frontier.pop()
            for other in self.dependents(current):
                if other not in affected:
                    affected.add(other)
                    frontier.append(other)
        return sorted(affected)

    # -- timing ------------------------------------------------------------

    def critical_path(self):
        """``(total_duration, [job, ...])`` of the longest chain of dependent jobs.

        Between equally long options the alphabetically smallest job wins,
        both for the last job of the chain and for each predecessor.
        """
        finish = {}
        best_dep = {}
        for name in self.order():
            deps = self.effective_deps(name)
            start = 0.0
            chosen = None
            for dep in sorted(deps):
                if chosen is None or finish[dep] > start:
                    start, chosen = finish[dep], dep
            finish[name] = start + self.jobs[name].duration
            best_dep[name] = chosen
        if not finish:
            return 0.0, []
        last = min(finish, key=lambda n: (-finish[n], n))
        path = []
        node = last
        while node is not None:
            path.append(node)
            node = best_dep[node]
        return finish[last], path[::-1]

    def schedule(self, workers):
        """Simulate running the pipeline on ``workers`` machines.

        Whenever a worker is free, it takes the next ready job by the usual
        rule.  Returns ``(makespan, [(start, end, job), ...])``.
        """
        if workers < 1:
            raise ValueError("need at least one worker")
        position = {name: i for i, name in enumerate(self.order())}
        finish = {}
        running = []   # (end, job)
        timeline = []
        now = 0.0
        pending = sorted(self.jobs, key=lambda n: position[n])
        while pending or running:
            ready = [n for n in pending if all(d in finish and finish[d] <= now for d in self.effective_deps(n))]
            ready.sort(key=lambda n: self.jobs[n].sort_key())
            while ready and len(running) < workers:
                job = ready.pop(0)
                pending.remove(job)
                end = now + self.jobs[job].duration
                running.append((end, job))
                timeline.append((now, end, job))
                finish[job] = end
            if not running:
                raise CycleError(self._find_cycle(set(pending)))
            now = min(end for end, _ in running)
            running = [(end, job) for end, job in running if end > now]
        makespan = max((end for _, end, _ in timeline), default=0.0)
        return makespan, timeline

    # -- summaries ---------------------------------------------------------

    def roots(self):
        """Jobs without effective dependencies, sorted by name."""
        return sorted(name for name in self.jobs if not self.effective_deps(name))

    def leaves(self):
        """Jobs no other job depends on, sorted by name."""
        used = set()
        for name in self.jobs:
            used.update(self.effective_deps(name))
        return sorted(name for name in self.jobs if name not in used)

    def summary(self):
        """A few numbers about the graph, for ``pipeline stats``-style output."""
        edges = sum(len(self.effective_deps(name)) for name in self.jobs)
        return {
            "jobs": len(self.jobs),
            "edges": edges,
            "roots": len(self.roots()),
            "leaves": len(self.leaves()),
            "total_duration": sum(job.duration for job in self.jobs.values()),
        }

    # -- derived graphs and output ------------------------------------------

    def subgraph(self, names):
        """A new graph with only ``names``; dependencies on other jobs are dropped.

        Required dependencies that are left out become optional ones, so the
        subgraph stays valid and still records them.
        """
        keep = set(names)
        unknown = keep - set(self.jobs)
        if unknown:
            raise GraphError("unknown jobs: " + ", ".join(sorted(unknown)))
        sub = Graph()
        for job in self.jobs.values():
            if job.name not in keep:
                continue
            deps = [d for d in job.deps if d in keep]
            optional = [d for d in job.optional] + [d for d in job.deps if d not in keep]
            sub.add(job.name, deps, optional, job.priority, job.duration, job.tags)
        return sub

    def with_tag(self, tag):
        """Subgraph of the jobs tagged ``tag`` together with everything they need."""
        tagged = [name for name, job in self.jobs.items() if tag in job.tags]
        if not tagged:
            return Graph()
        return self.subgraph(self.required_for(tagged))

    def to_dot(self, title="pipeline"):
        """Graphviz source; optional dependencies are dashed."""
        lines = ["digraph %s {" % title, "  rankdir=LR;"]
        for job in self.jobs.values():
            label = job.name if job.duration == 1.0 else "%s\\n%gs" % (job.name, job.duration)
            lines.append('  "%s" [label="%s"];' % (job.name, label))
        for job in self.jobs.values():
            for dep in job.deps:
                lines.append('  "%s" -> "%s";' % (dep, job.name))
            for dep in job.optional:
                if dep in self.jobs:
                    lines.append('  "%s" -> "%s" [style=dashed];' % (dep, job.name))
        lines.append("}")
        return "\n".join(lines) + "\n"

    def __len__(self):
        return len(self.jobs)

    def __contains__(self, name):
        return name in self.jobs
