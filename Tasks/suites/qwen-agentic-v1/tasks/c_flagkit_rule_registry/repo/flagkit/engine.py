"""Validate flag definitions and evaluate them.

A flag definition (one entry of the "flags" object in flags.json)::

    "new-checkout": {
      "description": "...",
      "enabled": true,
      "variants": {"on": true, "off": false},      # optional, default on/off booleans
      "default": "off",
      "rules": [
        {"type": "user_list", "users": ["u1", "u2"], "variant": "on"},
        {"type": "percentage", "percent": 25, "variant": "on"}
      ]
    }

Rules are tried in order; the first rule that matches decides the variant.

Rule types:

* ``always``                                          always matches
* ``user_list``   users: [ids]                        the user is listed
* ``percentage``  percent: 0-100, salt: str (opt.)    stable percentage of users
* ``attribute``   attribute, op, value                compare a context attribute
                  op: eq, ne, in, not_in, lt, lte, gt, gte, contains, starts_with,
                  semver_gte (value "1.4.0" compares dotted versions)
* ``segment``     segment: name                       the context is in the segment
* ``schedule``    start / end: ISO timestamps (opt.)  now is within [start, end)
* ``all`` / ``any`` rules: [nested rules]              all / any of the nested rules match
* ``not``         rule: nested rule                   the nested rule does not match
"""

from datetime import datetime

from flagkit.hashing import in_rollout

OPERATORS = ("eq", "ne", "in", "not_in", "lt", "lte", "gt", "gte", "contains", "starts_with", "semver_gte")
LIST_OPERATORS = ("in", "not_in")
ORDER_OPERATORS = ("lt", "lte", "gt", "gte")


class FlagConfigError(ValueError):
    """A flag definition is invalid. The message starts with the flag name."""


class Flag:
    def __init__(self, name, enabled, variants, default, rules, description=""):
        self.name = name
        self.enabled = enabled
        self.variants = variants
        self.default = default
        self.rules = rules  # list of (rule, variant name)
        self.description = description

    def evaluate(self, context):
        """Return (variant name, value, reason)."""
        if not self.enabled:
            return self.default, self.variants[self.default], "disabled"
        for index, (rule, variant) in enumerate(self.rules):
            if rule_matches(rule, context):
                return variant, self.variants[variant], f"rule {index}"
        return self.default, self.variants[self.default], "default"


# ---------------------------------------------------------------- validation

def _require(config, key, where):
    if key not in config:
        raise FlagConfigError(f"{where}: missing {key!r}")
    return config[key]


def _parse_time(text, where):
    try:
        value = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise FlagConfigError(f"{where}: invalid timestamp {text!r}") from None
    if value.tzinfo is None:
        raise FlagConfigError(f"{where}: timestamp {text!r} needs a UTC offset")
    return value


def _version_tuple(text, where):
    try:
        return tuple(int(part) for part in str(text).split("."))
    except ValueError:
        raise FlagConfigError(f"{where}: invalid version {text!r}") from None


def parse_rule(config, where):
    """Validate one rule definition and return a normalised dict."""
    if not isinstance(config, dict):
        raise FlagConfigError(f"{where}: a rule must be an object")
    kind = _require(config, "type", where)
    if kind == "always":
        return {"type": "always"}
    if kind == "user_list":
        users = _require(config, "users", where)
        if not isinstance(users, list) or not all(isinstance(u, str) for u in users):
            raise FlagConfigError(f"{where}: 'users' must be a list of strings")
        return {"type": "user_list", "users": frozenset(users)}
    if kind == "percentage":
        percent = _require(config, "percent", where)
        if isinstance(percent, bool) or not isinstance(percent, (int, float)) or not 0 <= percent <= 100:
            raise FlagConfigError(f"{where}: 'percent' must be a number between 0 and 100")
        salt = config.get("salt", "")
        if not isinstance(salt, str):
            raise FlagConfigError(f"{where}: 'salt' must be a string")
        return {"type": "percentage", "percent": percent, "salt": salt}
    if kind == "attribute":
        attribute = _require(config, "attribute", where)
        op = _require(config, "op", where)
        value = _require(config, "value", where)
        if op not in OPERATORS:
            raise FlagConfigError(f"{where}: unknown operator {op!r}")
        if op in LIST_OPERATORS and not isinstance(value, list):
            raise FlagConfigError(f"{where}: operator {op!r} needs a list value")
        if op in ORDER_OPERATORS and (isinstance(value, bool) or not isinstance(value, (int, float))):
            raise FlagConfigError(f"{where}: operator {op!r} needs a number")
        if op == "semver_gte":
            value = _version_tuple(value, where)
        return {"type": "attribute", "attribute": attribute, "op": op, "value": value}
    if kind == "segment":
        segment = _require(config, "segment", where)
        if not isinstance(segment, str) or not segment:
            raise FlagConfigError(f"{where}: 'segment' must be a non-empty string")
        return {"type": "segment", "segment": segment}
    if kind == "schedule":
        start = _parse_time(config["start"], where) if "start" in config else None
        end = _parse_time(config["end"], where) if "end" in config else None
        if start is None and end is None:
            raise FlagConfigError(f"{where}: a schedule needs 'start' or 'end'")
        if start is not None and end is not None and end <= start:
            raise FlagConfigError(f"{where}: schedule ends before it starts")
        return {"type": "schedule", "start": start, "end": end}
    if kind in ("all", "any"):
        children = _require(config, "rules", where)
        if not isinstance(children, list) or not children:
            raise FlagConfigError(f"{where}: {kind!r} needs a non-empty list of rules")
        parsed = [parse_rule(child, f"{where}.rules[{i}]") for i, child in enumerate(children)]
        return {"type": kind, "rules": parsed}
    if kind == "not":
        child = _require(config, "rule", where)
        return {"type": "not", "rule": parse_rule(child, f"{where}.rule")}
    raise FlagConfigError(f"{where}: unknown rule type {kind!r}")


def parse_flag(name, config):
    where = f"flag {name!r}"
    if not isinstance(config, dict):
        raise FlagConfigError(f"{where}: definition must be an object")
    variants = config.get("variants", {"on": True, "off": False})
    if not isinstance(variants, dict) or not variants:
        raise FlagConfigError(f"{where}: 'variants' must be a non-empty object")
    default = config.get("default", "off")
    if default not in variants:
        raise FlagConfigError(f"{where}: default variant {default!r} is not defined")
    enabled = config.get("enabled", True)
    if not isinstance(enabled, bool):
        raise FlagConfigError(f"{where}: 'enabled' must be true or false")
    rules = []
    for index, rule_config in enumerate(config.get("rules", [])):
        rule_where = f"{where} rules[{index}]"
        if not isinstance(rule_config, dict):
            raise FlagConfigError(f"{rule_where}: a rule must be an object")
        variant = rule_config.get("variant", "on")
        if variant not in variants:
            raise FlagConfigError(f"{rule_where}: unknown variant {variant!r}")
        body = {k: v for k, v in rule_config.items() if k != "variant"}
        rules.append((parse_rule(body, rule_where), variant))
    return Flag(name, enabled, variants, default, rules, config.get("description", ""))


# ---------------------------------------------------------------- evaluation

def _compare(op, actual, expected):
    if actual is None:
        return op in ("ne", "not_in")
    try:
        if op == "eq":
            return actual == expected
        if op == "ne":
            return actual != expected
        if op == "in":
            return actual in expected
        if op == "not_in":
            return actual not in expected
        if op == "lt":
            return actual < expected
        if op == "lte":
            return actual <= expected
        if op == "gt":
            return actual > expected
        if op == "gte":
            return actual >= expected
        if op == "contains":
            return expected in actual
        if op == "starts_with":
            return str(actual).startswith(str(expected))
        if op == "semver_gte":
            return _version_tuple(actual, "context") >= expected
    except (TypeError, FlagConfigError):
        return False
    raise AssertionError(op)


def rule_matches(rule, context):
    kind = rule["type"]
    if kind == "always":
        return True
    if kind == "user_list":
        return context.user_id in rule["users"]
    if kind == "percentage":
        if context.user_id is None:
            return False
        return in_rollout(rule["salt"], context.user_id, rule["percent"])
    if kind == "attribute":
        return _compare(rule["op"], context.attribute(rule["attribute"]), rule["value"])
    if kind == "segment":
        return rule["segment"] in context.segments
    if kind == "schedule":
        now = context.now()
        if rule["start"] is not None and now < rule["start"]:
            return False
        if rule["end"] is not None and now >= rule["end"]:
            return False
        return True
    if kind == "all":
        return all(rule_matches(child, context) for child in rule["rules"])
    if kind == "any":
        return any(rule_matches(child, context) for child in rule["rules"])
    if kind == "not":
        return not rule_matches(rule["rule"], context)
    raise AssertionError(f"unvalidated rule type {kind!r}")


# ---------------------------------------------------------------- explanations

def _fmt_value(value):
    if isinstance(value, tuple):  # semver
        return ".".join(str(part) for part in value)
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return repr(value) if isinstance(value, str) else str(value)


def describe_rule(rule):
    """A one-line, human-readable description of a validated rule."""
    kind = rule["type"]
    if kind == "always":
        return "always"
    if kind == "user_list":
        users = sorted(rule["users"])
        shown = ", ".join(users[:3]) + (f" and {len(users) - 3} more" if len(users) > 3 else "")
        return f"user is one of {shown}"
    if kind == "percentage":
        salt = f" (salt {rule['salt']!r})" if rule["salt"] else ""
        return f"{rule['percent']}% of users{salt}"
    if kind == "attribute":
        return f"{rule['attribute']} {rule['op']} {_fmt_value(rule['value'])}"
    if kind == "segment":
        return f"in segment {rule['segment']!r}"
    if kind == "schedule":
        parts = []
        if rule["start"] is not None:
            parts.append(f"from {rule['start'].isoformat()}")
        if rule["end"] is not None:
            parts.append(f"until {rule['end'].isoformat()}")
        return " ".join(parts)
    if kind in ("all", "any"):
        joiner = " and " if kind == "all" else " or "
        return "(" + joiner.join(describe_rule(child) for child in rule["rules"]) + ")"
    if kind == "not":
        return f"not {describe_rule(rule['rule'])}"
    raise AssertionError(f"unvalidated rule type {kind!r}")


def explain(flag, context):
    """Lines describing how `flag` evaluates for `context`, rule by rule."""
    lines = [f"flag {flag.name}: {'enabled' if flag.enabled else 'disabled'}"]
    if flag.enabled:
        for index, (rule, variant) in enumerate(flag.rules):
            matched = rule_matches(rule, context)
            lines.append(f"  rule {index}: {describe_rule(rule)} -> {variant} "
                         f"[{'match' if matched else 'no match'}]")
            if matched:
                break
    variant, value, reason = flag.evaluate(context)
    lines.append(f"  result: {variant} = {value!r} ({reason})")
    return lines


def lint_flag(flag, now=None):
    """Warnings about a valid flag that is probably not doing what its author meant."""
    warnings = []
    for index, (rule, variant) in enumerate(flag.rules):
        kind = rule["type"]
        if kind == "always" and index < len(flag.rules) - 1:
            warnings.append(f"{flag.name}: rules after rule {index} can never match")
        if kind == "percentage" and rule["percent"] in (0, 100):
            warnings.append(f"{flag.name}: rule {index} is a {rule['percent']}% rollout")
        if kind == "schedule" and now is not None and rule["end"] is not None and rule["end"] <= now:
            warnings.append(f"{flag.name}: rule {index} schedule has ended")
        if variant == flag.default:
            warnings.append(f"{flag.name}: rule {index} returns the default variant")
    used = {variant for _, variant in flag.rules} | {flag.default}
    for unused in sorted(set(flag.variants) - used):
        warnings.append(f"{flag.name}: variant {unused!r} is never served")
    return warnings
