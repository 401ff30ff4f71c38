"""Parsing of rate policies such as ``"100/min burst 20"`` or ``"5/10s window"``."""

import re
from dataclasses import dataclass

_UNITS = {"s": 1, "sec": 1, "second": 1, "m": 60, "min": 60, "minute": 60, "h": 3600, "hour": 3600, "d": 86400, "day": 86400}

_POLICY_RE = re.compile(
    r"^\s*(?P<count>\d+)\s*/\s*(?P<mult>\d+)?\s*(?P<unit>[a-z]+)"
    r"(?:\s+burst\s+(?P<burst>\d+))?(?:\s+(?P<algo>bucket|window|fixed))?\s*$"
)


class PolicyError(ValueError):
    pass


@dataclass(frozen=True)
class Policy:
    limit: int            # requests allowed per period
    period: float         # seconds
    burst: int            # bucket capacity (token bucket only)
    algorithm: str = "bucket"

    @property
    def rate(self):
        """Requests per second."""
        return self.limit / self.period


def parse_policy(text):
    """Parse ``"<count>/[<n>]<unit> [burst <b>] [bucket|window|fixed]"``."""
    m = _POLICY_RE.match(text.lower())
    if not m:
        raise PolicyError("cannot parse rate policy %r" % (text,))
    unit = m.group("unit")
    if unit.endswith("s") and unit[:-1] in _UNITS:
        unit = unit[:-1]
    if unit not in _UNITS:
        raise PolicyError("unknown time unit %r in %r" % (m.group("unit"), text))
    count = int(m.group("count"))
    if count <= 0:
        raise PolicyError("limit must be positive in %r" % (text,))
    period = int(m.group("mult") or 1) * _UNITS[unit]
    burst = int(m.group("burst")) if m.group("burst") else count
    return Policy(count, float(period), burst, m.group("algo") or "bucket")
