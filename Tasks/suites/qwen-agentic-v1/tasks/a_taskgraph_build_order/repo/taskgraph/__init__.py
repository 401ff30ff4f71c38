"""taskgraph - declare tasks and their prerequisites, get a run order."""

from .graph import CycleError, Graph, GraphError, parse_taskfile
from .order import build_order, levels

__all__ = ["CycleError", "Graph", "GraphError", "parse_taskfile", "build_order", "levels"]
