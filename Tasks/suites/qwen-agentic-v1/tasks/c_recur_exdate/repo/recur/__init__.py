"""recur: expand iCalendar-style recurring events into concrete occurrences."""
