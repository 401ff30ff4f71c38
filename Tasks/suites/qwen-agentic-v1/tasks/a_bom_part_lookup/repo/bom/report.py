"""Plain-text cost reports."""

from .costing import rollup


def cost_report(name, assemblies, catalogue, qty=1):
    total, lines = rollup(name, assemblies, catalogue, qty)
    width = max([len(str(part.number)) for part, *_ in lines] + [4])
    out = ["Cost of %d x %s" % (qty, name)]
    for part, n, unit, extended in lines:
        out.append("%-*s %5d x %8s = %10s  %s" % (width, part.number, n, unit, extended, part.description))
    out.append("%-*s %29s" % (width, "TOTAL", total))
    return "\n".join(out)
