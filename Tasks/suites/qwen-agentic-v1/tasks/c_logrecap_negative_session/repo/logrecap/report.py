"""Turn requests and sessions into a text summary."""

from collections import Counter
from datetime import timedelta


def hourly_histogram(requests):
    """{hour of day (UTC): number of requests}."""
    return dict(sorted(Counter(r.when.hour for r in requests).items()))


def top_pages(requests, n=5):
    counts = Counter(r.path for r in requests if r.status < 400 and not r.path.startswith("/static/"))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]


def session_stats(sessions):
    if not sessions:
        return {"sessions": 0, "median_duration": timedelta(0), "longest": timedelta(0), "pages_per_session": 0.0}
    durations = sorted(s.duration for s in sessions)
    mid = len(durations) // 2
    median = durations[mid] if len(durations) % 2 else (durations[mid - 1] + durations[mid]) / 2
    return {
        "sessions": len(sessions),
        "median_duration": median,
        "longest": durations[-1],
        "pages_per_session": round(sum(s.pages for s in sessions) / len(sessions), 2),
    }


def _fmt(delta):
    seconds = int(delta.total_seconds())
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


def render(requests, sessions):
    stats = session_stats(sessions)
    lines = [f"requests: {len(requests)}",
             f"sessions: {stats['sessions']} (median {_fmt(stats['median_duration'])}, "
             f"longest {_fmt(stats['longest'])}, {stats['pages_per_session']} pages each)",
             "busiest hours (UTC):"]
    hist = hourly_histogram(requests)
    for hour, count in sorted(hist.items(), key=lambda item: (-item[1], item[0]))[:3]:
        lines.append(f"  {hour:02d}:00  {count}")
    lines.append("top pages:")
    for path, count in top_pages(requests):
        lines.append(f"  {count:5d}  {path}")
    return "\n".join(lines)
