"""sizeconv: data-size units and transfer-time estimates."""

from .report import build_rows, render, transfer_seconds
from .units import UnitError, bits_per_unit, convert, conversion_factor, humanize, parse_rate, parse_size

__all__ = ["build_rows", "render", "transfer_seconds", "UnitError", "bits_per_unit", "convert",
           "conversion_factor", "humanize", "parse_rate", "parse_size"]
