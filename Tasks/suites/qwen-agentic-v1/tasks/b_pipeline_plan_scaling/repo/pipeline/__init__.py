"""pipeline: plan CI pipelines from job dependency graphs."""

from .graph import CycleError, Graph, GraphError, Job
from .spec import format_pipeline, parse_pipeline

__all__ = ["CycleError", "Graph", "GraphError", "Job", "format_pipeline", "parse_pipeline"]
