"""ratewatch: audit API gateway logs against a sliding-window rate limit."""
