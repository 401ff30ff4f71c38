import json
import unittest
from datetime import datetime, timezone

from flagkit.context import Context
from flagkit.engine import FlagConfigError as EngineFlagConfigError
from flagkit.engine import explain, lint_flag, parse_flag
from flagkit.hashing import bucket
from flagkit.rules import RULE_TYPES, register_rule_type
from flagkit.store import FlagStore

FlagConfigError = EngineFlagConfigError
NOW = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
BUILTIN = ["always", "user_list", "percentage", "attribute", "segment", "schedule", "all", "any", "not"]

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
        "plain": {"rules": [{"type": "percentage", "percent": 12.5}]},
        "banner": {
            "variants": {"none": None, "summer": "Summer sale!"},
            "default": "none",
            "rules": [{"type": "schedule", "start": "2024-06-01T00:00:00+00:00",
                       "end": "2024-07-01T00:00:00+00:00", "variant": "summer"}],
        },
    }
}


def ctx(user=None, now=NOW, segments=(), **attrs):
    return Context(user_id=user, attributes=attrs, segments=frozenset(segments), clock=lambda: now)


@register_rule_type("test_country_in")
class CountryIn:
    def __init__(self, countries):
        self.countries = countries

    @classmethod
    def from_config(cls, config, where):
        countries = config.get("countries")
        if not isinstance(countries, list) or not countries:
            raise EngineFlagConfigError(f"{where}: 'countries' must be a non-empty list")
        return cls(frozenset(countries))

    def matches(self, context):
        return context.attribute("country") in self.countries

    def describe(self):
        return "country in " + "/".join(sorted(self.countries))


class RegistryTests(unittest.TestCase):
    def test_builtins_registered(self):
        for name in BUILTIN:
            cls = RULE_TYPES[name]
            self.assertTrue(isinstance(cls, type), name)
            for method in ("from_config", "matches", "describe"):
                self.assertTrue(callable(getattr(cls, method, None)), (name, method))

    def test_builtin_class_directly(self):
        rule = RULE_TYPES["percentage"].from_config({"type": "percentage", "percent": 30, "salt": "chk"}, "here")
        for user in ("u1", "u2", "u3", "bob", "carol"):
            self.assertEqual(rule.matches(ctx(user)), bucket("chk", user) < 3000)
        with self.assertRaises(FlagConfigError) as c:
            RULE_TYPES["percentage"].from_config({"type": "percentage", "percent": 300}, "here")
        self.assertTrue(str(c.exception).startswith("here"))
        seg = RULE_TYPES["segment"].from_config({"type": "segment", "segment": "beta"}, "w")
        self.assertTrue(seg.matches(ctx(segments=["beta"])))
        self.assertEqual(seg.describe(), "in segment 'beta'")

    def test_parsed_flags_hold_rule_objects(self):
        store = FlagStore.from_json(json.dumps(FLAGS))
        kinds = [type(rule) for rule, _ in store.flags["checkout"].rules]
        self.assertEqual(kinds, [RULE_TYPES["user_list"], RULE_TYPES["all"], RULE_TYPES["percentage"]])

    def test_custom_type_everywhere(self):
        flag = parse_flag("eu", {"rules": [
            {"type": "test_country_in", "countries": ["NL", "BE"], "variant": "on"},
            {"type": "any", "rules": [{"type": "segment", "segment": "staff"},
                                      {"type": "not", "rule": {"type": "test_country_in", "countries": ["US"]}}],
             "variant": "on"},
        ], "variants": {"on": True, "off": False}})
        self.assertEqual(flag.evaluate(ctx(country="NL"))[0], "on")
        self.assertEqual(flag.evaluate(ctx(country="US"))[0], "off")
        self.assertEqual(flag.evaluate(ctx(country="US", segments=["staff"]))[0], "on")
        self.assertEqual(flag.evaluate(ctx(country="FR"))[2], "rule 1")
        lines = explain(flag, ctx(country="FR"))
        self.assertEqual(lines[1], "  rule 0: country in BE/NL -> on [no match]")
        self.assertEqual(lines[2], "  rule 1: (in segment 'staff' or not country in US) -> on [match]")

    def test_custom_validation_errors_propagate(self):
        data = {"flags": {"x": {"rules": [{"type": "all", "rules": [{"type": "test_country_in", "countries": []}]}]}}}
        with self.assertRaises(FlagConfigError) as c:
            FlagStore.from_json(json.dumps(data))
        self.assertIn("flag 'x' rules[0].rules[0]", str(c.exception))

    def test_duplicate_names_rejected(self):
        with self.assertRaises(ValueError):
            @register_rule_type("percentage")
            class Other:
                pass
        rule = RULE_TYPES["percentage"].from_config({"type": "percentage", "percent": 5}, "w")
        self.assertEqual(rule.describe(), "5% of users")

        @register_rule_type("test_once")
        class Once:
            pass
        self.assertIs(RULE_TYPES["test_once"], Once)
        with self.assertRaises(ValueError):
            register_rule_type("test_once")(type("Twice", (), {}))

    def test_unknown_type(self):
        with self.assertRaises(FlagConfigError):
            parse_flag("f", {"rules": [{"type": "any", "rules": [{"type": "teleport"}]}]})


class UnchangedBehaviourTests(unittest.TestCase):
    def setUp(self):
        self.store = FlagStore.from_json(json.dumps(FLAGS))

    def test_rollouts(self):
        users = [f"user-{i}" for i in range(400)]
        self.assertEqual([u for u in users if self.store.is_on("checkout", ctx(u))],
                         [u for u in users if bucket("chk", u) < 3000])
        self.assertEqual([u for u in users if self.store.is_on("plain", ctx(u))],
                         [u for u in users if bucket("", u) < 1250])

    def test_rules_and_schedule(self):
        self.assertEqual(self.store.variant("checkout", ctx("alice")), "on")
        self.assertEqual(self.store.flags["checkout"].evaluate(ctx("zed", plan="team")), ("on", True, "rule 1"))
        self.assertEqual(self.store.value("banner", ctx()), "Summer sale!")
        self.assertIsNone(self.store.value("banner", ctx(now=datetime(2024, 7, 1, tzinfo=timezone.utc))))

    def test_explain_and_lint(self):
        lines = explain(self.store.flags["checkout"], ctx("bob", plan="free"))
        self.assertEqual(lines[1:3], [
            "  rule 0: user is one of alice -> on [no match]",
            "  rule 1: (plan in [pro, team] and not in segment 'blocked') -> on [no match]",
        ])
        self.assertEqual(explain(self.store.flags["banner"], ctx())[1],
                         "  rule 0: from 2024-06-01T00:00:00+00:00 until 2024-07-01T00:00:00+00:00 -> summer [match]")
        flag = parse_flag("f", {"variants": {"a": 1, "b": 2, "c": 3}, "default": "a",
                                "rules": [{"type": "always", "variant": "b"},
                                          {"type": "percentage", "percent": 0, "variant": "b"},
                                          {"type": "schedule", "end": "2024-01-01T00:00:00+00:00", "variant": "b"}]})
        self.assertEqual(lint_flag(flag, now=NOW), [
            "f: rules after rule 0 can never match", "f: rule 1 is a 0% rollout",
            "f: rule 2 schedule has ended", "f: variant 'c' is never served"])

    def test_validation(self):
        bad = [
            {"rules": [{"type": "percentage", "percent": 150}]},
            {"rules": [{"type": "percentage", "percent": 10, "salt": 3}]},
            {"rules": [{"type": "attribute", "attribute": "a", "op": "like", "value": 1}]},
            {"rules": [{"type": "attribute", "attribute": "a", "op": "in", "value": 1}]},
            {"rules": [{"type": "attribute", "attribute": "a", "op": "gt", "value": "1"}]},
            {"rules": [{"type": "user_list", "users": "alice"}]},
            {"rules": [{"type": "schedule", "start": "2024-01-01"}]},
            {"rules": [{"type": "schedule"}]},
            {"rules": [{"type": "all", "rules": []}]},
            {"rules": [{"type": "not"}]},
            {"rules": [{"users": ["x"]}]},
        ]
        for config in bad:
            with self.assertRaises(FlagConfigError, msg=config):
                parse_flag("f", config)


if __name__ == "__main__":
    unittest.main()
