"""bom - bills of materials and cost roll-ups."""

from .partno import PartNumber
from .catalogue import Catalogue, Part, UnknownPart
from .assembly import Assembly, parse_assemblies
from .costing import explode, rollup
from .report import cost_report

__all__ = ["PartNumber", "Catalogue", "Part", "UnknownPart", "Assembly",
           "parse_assemblies", "explode", "rollup", "cost_report"]
