"""Computing the order in which tasks run."""

from .graph import CycleError


def build_order(graph, targets=None):
    """Return the tasks needed for ``targets`` (default: all tasks) in an
    order where every task comes after all of its prerequisites.

    The order is deterministic: whenever several tasks could run next, the
    one whose name sorts first alphabetically is chosen.  Raises
    :class:`CycleError` if the needed tasks contain a cycle.
    """
    needed = graph.closure(graph.deps if targets is None else targets)
    remaining = sorted(needed)
    done = set()
    order = []
    while remaining:
        for name in remaining:
            if all(d in done for d in graph.deps[name]):
                break
        else:
            raise CycleError(graph.find_cycle(remaining))
        remaining.remove(name)
        done.add(name)
        order.append(name)
    return order


def levels(graph, targets=None):
    """Group the build order into stages that could run in parallel: each
    task is in the first stage after all of its prerequisites."""
    stage = {}
    for name in build_order(graph, targets):
        stage[name] = 1 + max((stage[d] for d in graph.deps[name]), default=-1)
    result = []
    for name, n in stage.items():
        while len(result) <= n:
            result.append([])
        result[n].append(name)
    return [sorted(group) for group in result]
