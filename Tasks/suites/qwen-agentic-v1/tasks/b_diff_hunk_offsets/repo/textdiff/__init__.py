"""textdiff: line diffs, unified patches and applying them."""

from .engine import DiffTooLarge, group_hunks, make_key, matching_blocks, opcodes, ratio, stats
from .patch import PatchError, apply_patch, parse_patch, unified_diff

__all__ = ["DiffTooLarge", "group_hunks", "make_key", "matching_blocks", "opcodes", "ratio", "stats",
           "PatchError", "apply_patch", "parse_patch", "unified_diff"]
