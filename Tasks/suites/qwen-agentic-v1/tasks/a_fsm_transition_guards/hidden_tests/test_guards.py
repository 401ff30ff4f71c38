import unittest

from fsm import DefinitionError, Machine, TransitionError, load_definition, to_dot


def definition():
    return load_definition({
        "initial": "pending",
        "final": ["cancelled"],
        "transitions": [
            {"event": "pay", "source": "pending", "target": "review", "guard": "big_amount"},
            {"event": "pay", "source": "pending", "target": "blocked", "guard": "!trusted"},
            {"event": "pay", "source": "pending", "target": "paid", "action": "charge"},
            {"event": "approve", "source": "review", "target": "paid", "action": "charge", "guard": "trusted"},
            {"event": "cancel", "source": "*", "target": "cancelled", "guard": "!shipped"},
            {"event": "ship", "source": "paid", "target": "sent"},
        ],
        "hooks": {"pending": {"exit": "left_pending"}},
    })


class GuardTests(unittest.TestCase):
    def make(self, trusted=True, **kwargs):
        self.calls = []
        actions = {"charge": lambda m, p: self.calls.append(("charge", p.get("amount"))),
                   "left_pending": lambda m, p: self.calls.append(("exit", m.state))}
        guards = {"big_amount": lambda m, p: p.get("amount", 0) > 1000,
                  "trusted": lambda m, p: m.context.get("trusted", False),
                  "shipped": lambda m, p: m.state == "sent"}
        return Machine(definition(), actions, context={"trusted": trusted}, guards=guards, **kwargs)

    def test_first_passing_guard_wins(self):
        m = self.make()
        self.assertEqual(m.fire("pay", amount=5000), "review")
        self.assertEqual(self.calls, [("exit", "pending")])
        self.assertEqual(m.fire("approve"), "paid")
        self.assertEqual(self.calls[-1], ("charge", None))

    def test_negated_guard_and_fallthrough(self):
        m = self.make(trusted=False)
        self.assertEqual(m.fire("pay", amount=10), "blocked")
        m = self.make(trusted=True)
        self.assertEqual(m.fire("pay", amount=10), "paid")
        self.assertEqual(self.calls, [("exit", "pending"), ("charge", 10)])

    def test_all_guards_fail(self):
        m = self.make(trusted=False, state="review")
        with self.assertRaises(TransitionError):
            m.fire("approve")
        self.assertEqual((m.state, m.history, self.calls), ("review", [], []))
        self.assertFalse(m.try_fire("approve"))

    def test_guarded_wildcard(self):
        m = self.make()
        m.fire("pay", amount=1)
        self.assertTrue(m.can_fire("cancel"))
        m.fire("ship")
        self.assertFalse(m.can_fire("cancel"))
        with self.assertRaises(TransitionError):
            m.fire("cancel")
        m2 = self.make()
        self.assertEqual(m2.fire("cancel"), "cancelled")

    def test_can_fire_and_available_use_payload(self):
        m = self.make(state="pending")
        self.assertEqual(m.available_events(amount=1), ["pay", "cancel"])
        m = self.make(state="review", trusted=False)
        self.assertEqual(m.available_events(), ["cancel"])
        self.assertFalse(m.can_fire("approve"))

    def test_register_guard_later(self):
        m = Machine(definition(), {"charge": print, "left_pending": print}, strict=False)
        m.register_guard("big_amount", lambda mach, p: True)
        m.register_guard("trusted", lambda mach, p: True)
        m.register_guard("shipped", lambda mach, p: False)
        self.assertEqual(m.fire("pay", amount=1), "review")

    def test_missing_guard_is_definition_error(self):
        with self.assertRaises(DefinitionError):
            Machine(definition(), {"charge": print, "left_pending": print},
                    guards={"big_amount": lambda m, p: True})

    def test_dot_labels(self):
        dot = to_dot(definition())
        self.assertIn('"pending" -> "blocked" [label="pay [!trusted]"];', dot)
        self.assertIn('"review" -> "paid" [label="approve [trusted] / charge"];', dot)
        self.assertIn('"paid" -> "sent" [label="ship"];', dot)


class GuardDefinitionTests(unittest.TestCase):
    def test_unguarded_duplicate_rejected(self):
        with self.assertRaises(DefinitionError):
            load_definition({"initial": "a", "transitions": [
                {"event": "go", "source": "a", "target": "b"},
                {"event": "go", "source": "a", "target": "c", "guard": "x"}]})
        with self.assertRaises(DefinitionError):
            load_definition({"initial": "a", "transitions": [
                {"event": "go", "source": "a", "target": "b"},
                {"event": "go", "source": "a", "target": "c"}]})

    def test_guarded_duplicates_allowed(self):
        d = load_definition({"initial": "a", "transitions": [
            {"event": "go", "source": ["a", "b"], "target": "c", "guard": "x"},
            {"event": "go", "source": "a", "target": "b", "guard": "!y"},
            {"event": "go", "source": "a", "target": "d"}]})
        self.assertEqual([t.target for t in d.candidates("a", "go")], ["c", "b", "d"])

    def test_other_unknown_keys_still_rejected(self):
        with self.assertRaises(DefinitionError):
            load_definition({"initial": "a", "transitions": [
                {"event": "go", "source": "a", "target": "b", "condition": "x"}]})


if __name__ == "__main__":
    unittest.main()
