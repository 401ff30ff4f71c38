"""Exploding assemblies into parts and rolling up their cost."""

from decimal import Decimal


def explode(name, assemblies, qty=1, _seen=()):
    """Total quantity per :class:`PartNumber` needed for ``qty`` of ``name``."""
    if name in _seen:
        raise ValueError("assembly cycle: %s" % " -> ".join(_seen + (name,)))
    if name not in assemblies:
        raise ValueError("unknown assembly %s" % name)
    totals = {}
    for line in assemblies[name].lines:
        if line.sub is not None:
            for part, n in explode(line.sub, assemblies, qty * line.qty, _seen + (name,)).items():
                totals[part] = totals.get(part, 0) + n
        else:
            totals[line.part] = totals.get(line.part, 0) + qty * line.qty
    return totals


def rollup(name, assemblies, catalogue, qty=1):
    """Return ``(total_cost, lines)``; lines are ``(part, qty, unit, extended)``."""
    lines = []
    total = Decimal("0")
    for number, n in sorted(explode(name, assemblies, qty).items()):
        part = catalogue.get(number)
        extended = part.unit_cost * n
        lines.append((part, n, part.unit_cost, extended))
        total += extended
    return total, lines
