"""logrecap: summarise web access logs (sessions, busiest hours, top pages)."""
