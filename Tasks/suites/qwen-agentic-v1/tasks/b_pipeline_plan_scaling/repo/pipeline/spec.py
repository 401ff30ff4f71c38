"""Pipeline files: one job per line.

    # name: dependencies | options
    fetch:
    configure: fetch
    build: configure ?codegen | priority=2 duration=30
    test: build | duration=12.5 tags=ci,slow

``?name`` is an optional dependency.  Options: ``priority`` (int),
``duration`` (seconds) and ``tags`` (comma separated).
"""

from .graph import Graph, GraphError

_OPTIONS = {"priority", "duration", "tags"}


def parse_pipeline(text):
    graph = Graph()
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        head, sep, rest = line.partition(":")
        if not sep:
            raise GraphError("line %d: expected 'name: deps'" % lineno)
        deps_text, _, options_text = rest.partition("|")
        deps, optional = [], []
        for word in deps_text.split():
            (optional if word.startswith("?") else deps).append(word.lstrip("?"))
        options = {}
        for item in options_text.split():
            key, eq, value = item.partition("=")
            if not eq or key not in _OPTIONS:
                raise GraphError("line %d: bad option %r" % (lineno, item))
            options[key] = value
        try:
            graph.add(head.strip(), deps, optional,
                      priority=int(options.get("priority", 0)),
                      duration=float(options.get("duration", 1.0)),
                      tags=tuple(t for t in options.get("tags", "").split(",") if t))
        except ValueError as exc:
            raise GraphError("line %d: %s" % (lineno, exc)) from None
    return graph


def format_pipeline(graph):
    lines = []
    for job in graph.jobs.values():
        deps = list(job.deps) + ["?" + d for d in job.optional]
        options = []
        if job.priority:
            options.append("priority=%d" % job.priority)
        if job.duration != 1.0:
            options.append("duration=%g" % job.duration)
        if job.tags:
            options.append("tags=" + ",".join(job.tags))
        line = "%s: %s" % (job.name, " ".join(deps))
        if options:
            line += " | " + " ".join(options)
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n"
