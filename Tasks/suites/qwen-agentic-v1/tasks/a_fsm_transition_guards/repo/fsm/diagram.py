"""Graphviz output for machine definitions."""

from .definition import WILDCARD


def _quote(name):
    return '"%s"' % name.replace('"', '\\"')


def edge_label(transition):
    label = transition.event
    if transition.action:
        label += " / " + transition.action
    return label


def to_dot(definition, current=None, name="fsm"):
    """Return a DOT digraph.  ``current`` is highlighted when given."""
    lines = ["digraph %s {" % _quote(name), "  rankdir=LR;"]
    lines.append("  __start [shape=point];")
    for state in definition.states:
        attrs = ["shape=%s" % ("doublecircle" if state in definition.final else "circle")]
        if state == current:
            attrs.append("style=filled")
        lines.append("  %s [%s];" % (_quote(state), ", ".join(attrs)))
    lines.append("  __start -> %s;" % _quote(definition.initial))
    for t in definition.transitions:
        if t.sources == WILDCARD:
            sources = [s for s in definition.states if s not in definition.final]
        else:
            sources = t.sources
        style = ", style=dashed" if t.internal else ""
        for source in sources:
            lines.append("  %s -> %s [label=%s%s];" % (
                _quote(source), _quote(t.target), _quote(edge_label(t)), style))
    lines.append("}")
    return "\n".join(lines)
