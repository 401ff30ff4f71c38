import unittest

from fsm import DefinitionError, FinalStateError, Machine, TransitionError, load_definition

from tests.test_definition import ORDER


def make(**kwargs):
    calls = []
    actions = {
        "charge": lambda m, p: calls.append(("charge", p.get("amount"))),
        "log": lambda m, p: calls.append(("log", p.get("text"))),
        "email": lambda m, p: calls.append(("email", m.state)),
    }
    return Machine(load_definition(ORDER), actions, **kwargs), calls


class MachineTests(unittest.TestCase):
    def test_happy_path(self):
        m, calls = make()
        m.fire("checkout")
        m.fire("note", text="hi")
        m.fire("pay", amount=10)
        self.assertEqual(m.fire("ship"), "shipped")
        self.assertEqual(calls, [("log", "hi"), ("charge", 10), ("email", "shipped")])
        self.assertEqual([s.target for s in m.history], ["pending", "pending", "paid", "shipped"])
        self.assertIn("pay", m.trace())

    def test_rejected_event(self):
        m, _ = make()
        with self.assertRaises(TransitionError):
            m.fire("ship")
        self.assertEqual(m.state, "cart")
        self.assertFalse(m.try_fire("ship"))

    def test_final(self):
        m, _ = make()
        m.fire("close")
        self.assertTrue(m.is_final)
        self.assertEqual(m.available_events(), [])
        with self.assertRaises(FinalStateError):
            m.fire("checkout")

    def test_missing_action(self):
        with self.assertRaises(DefinitionError):
            Machine(load_definition(ORDER), {})

    def test_failing_action_keeps_state(self):
        def boom(m, p):
            raise RuntimeError("card declined")
        m = Machine(load_definition(ORDER), {"charge": boom, "log": print, "email": print}, state="pending")
        with self.assertRaises(RuntimeError):
            m.fire("pay")
        self.assertEqual(m.state, "pending")

    def test_queued_events(self):
        m, _ = make()
        m.register("charge", lambda mach, p: mach.fire("ship"))
        m.fire("checkout")
        self.assertEqual(m.fire("pay"), "shipped")

    def test_available_and_paths(self):
        m, _ = make()
        self.assertEqual(m.available_events(), ["checkout", "close"])
        self.assertEqual(m.path_to("shipped"), ["checkout", "pay", "ship"])
        self.assertEqual(set(m.reachable_states()), {"cart", "pending", "paid", "shipped", "closed"})

    def test_snapshot_restore(self):
        m, _ = make()
        m.replay(["checkout", ("pay", {"amount": 3})])
        m2 = Machine.restore(m.definition, m.snapshot(), m.actions)
        self.assertEqual(m2.state, "paid")
        m2.fire("ship")
        self.assertEqual(m2.history[-1].number, 3)

    def test_transaction(self):
        m, _ = make()
        with self.assertRaises(TransitionError):
            with m.transaction():
                m.fire("checkout")
                m.fire("ship")
        self.assertEqual((m.state, m.history), ("cart", []))


if __name__ == "__main__":
    unittest.main()
