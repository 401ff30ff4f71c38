import json
import unittest
from datetime import datetime, timezone

from flagkit.context import Context
from flagkit.engine import FlagConfigError, explain, lint_flag, parse_flag
from flagkit.hashing import bucket
from flagkit.store import FlagStore

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
FLAGS = {
    "flags": {
        "checkout": {
            "rules": [
                {"type": "user_list", "users": ["alice"], "variant": "on"},
                {"type": "all", "rules": [
                    {"type": "attribute", "attribute": "plan", "op": "in", "value": ["pro", "team"]},
                    {"type": "not", "rule": {"type": "segment", "segment": "blocked"}},
                ]},
                {"type": "percentage", "percent": 30, "salt": "chk"},
            ],
        },
        "banner": {
            "variants": {"none": None, "summer": "Summer sale!"},
            "default": "none",
            "rules": [{"type": "schedule", "start": "2024-06-01T00:00:00+00:00",
                       "end": "2024-07-01T00:00:00+00:00", "variant": "summer"}],
        },
        "new-app": {
            "rules": [{"type": "any", "rules": [
                {"type": "attribute", "attribute": "app_version", "op": "semver_gte", "value": "2.10.0"},
                {"type": "attribute", "attribute": "age", "op": "lt", "value": 18}]}],
        },
        "off": {"enabled": False, "rules": [{"type": "always"}]},
    }
}


def ctx(user=None, now=NOW, segments=(), **attrs):
    return Context(user_id=user, attributes=attrs, segments=frozenset(segments), clock=lambda: now)


class EngineTests(unittest.TestCase):
    def setUp(self):
        self.store = FlagStore.from_json(json.dumps(FLAGS))

    def test_rules_in_order(self):
        self.assertEqual(self.store.variant("checkout", ctx("alice")), "on")
        self.assertEqual(self.store.variant("checkout", ctx("bob", plan="pro")), "on")
        self.assertEqual(self.store.variant("checkout", ctx("bob", plan="pro", segments=["blocked"])),
                         "on" if bucket("chk", "bob") < 3000 else "off")

    def test_percentage_is_stable(self):
        users = [f"user-{i}" for i in range(2000)]
        on = [u for u in users if self.store.is_on("checkout", ctx(u))]
        self.assertTrue(500 < len(on) < 700, len(on))
        self.assertEqual(on, [u for u in users if bucket("chk", u) < 3000])
        self.assertFalse(self.store.is_on("checkout", ctx(None)))

    def test_schedule_and_values(self):
        self.assertEqual(self.store.value("banner", ctx()), "Summer sale!")
        self.assertIsNone(self.store.value("banner", ctx(now=datetime(2024, 7, 1, tzinfo=timezone.utc))))

    def test_semver_and_numbers(self):
        self.assertTrue(self.store.is_on("new-app", ctx(app_version="2.10.1")))
        self.assertFalse(self.store.is_on("new-app", ctx(app_version="2.9.9")))
        self.assertTrue(self.store.is_on("new-app", ctx(age=12)))
        self.assertFalse(self.store.is_on("new-app", ctx(age="twelve")))

    def test_disabled_and_override(self):
        self.assertEqual(self.store.flags["off"].evaluate(ctx()), ("off", False, "disabled"))
        self.store.override("off", "on")
        self.assertTrue(self.store.is_on("off", ctx()))

    def test_explain(self):
        lines = explain(self.store.flags["checkout"], ctx("bob", plan="free"))
        self.assertEqual(lines[:3], [
            "flag checkout: enabled",
            "  rule 0: user is one of alice -> on [no match]",
            "  rule 1: (plan in [pro, team] and not in segment 'blocked') -> on [no match]",
        ])
        self.assertEqual(explain(self.store.flags["new-app"], ctx(age=3))[1],
                         "  rule 0: (app_version semver_gte 2.10.0 or age lt 18) -> on [match]")

    def test_lint(self):
        flag = parse_flag("f", {"variants": {"a": 1, "b": 2, "c": 3}, "default": "a",
                                "rules": [{"type": "always", "variant": "b"}, {"type": "percentage", "percent": 100, "variant": "a"}]})
        self.assertEqual(len(lint_flag(flag)), 4)

    def test_invalid(self):
        bad = [
            {"rules": [{"type": "percentage", "percent": 150}]},
            {"rules": [{"type": "attribute", "attribute": "a", "op": "like", "value": 1}]},
            {"rules": [{"type": "attribute", "attribute": "a", "op": "in", "value": 1}]},
            {"rules": [{"type": "schedule", "start": "2024-01-01"}]},
            {"rules": [{"type": "all", "rules": []}]},
            {"rules": [{"type": "any", "rules": [{"type": "teleport"}]}]},
            {"rules": [{"type": "always", "variant": "maybe"}]},
            {"rules": [{"users": ["x"]}]},
            {"default": "unknown"},
        ]
        for config in bad:
            with self.assertRaises(FlagConfigError, msg=config):
                parse_flag("f", config)


if __name__ == "__main__":
    unittest.main()
