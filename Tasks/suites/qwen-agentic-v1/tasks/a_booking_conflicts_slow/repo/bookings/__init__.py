"""bookings - room bookings and conflict detection."""

from .model import Booking, BookingError
from .loader import load_csv
from .conflicts import conflict_report, find_conflicts

__all__ = ["Booking", "BookingError", "load_csv", "conflict_report", "find_conflicts"]
