"""rooms: find free time in calendars."""

from .availability import busy_minutes, common_free, first_common_slot, free_slots, merge_busy, working_windows
from .planner import Planner
from .timeutil import format_interval, format_time, parse_interval, parse_time

__all__ = ["busy_minutes", "common_free", "first_common_slot", "free_slots", "merge_busy", "working_windows",
           "Planner", "format_interval", "format_time", "parse_interval", "parse_time"]
