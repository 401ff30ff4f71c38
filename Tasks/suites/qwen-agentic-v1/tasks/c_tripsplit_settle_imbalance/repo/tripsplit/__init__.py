"""tripsplit: share group expenses and work out who pays whom."""
