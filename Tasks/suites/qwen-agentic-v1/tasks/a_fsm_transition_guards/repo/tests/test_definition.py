import io
import unittest

from fsm import DefinitionError, load_definition, to_dot

ORDER = {
    "initial": "cart",
    "final": ["closed"],
    "transitions": [
        {"event": "checkout", "source": "cart", "target": "pending"},
        {"event": "pay", "source": "pending", "target": "paid", "action": "charge"},
        {"event": "ship", "source": "paid", "target": "shipped"},
        {"event": "note", "source": "pending", "target": "pending", "internal": True, "action": "log"},
        {"event": "close", "source": "*", "target": "closed"},
    ],
    "hooks": {"shipped": {"enter": "email"}},
}


class DefinitionTests(unittest.TestCase):
    def test_states_in_order(self):
        d = load_definition(ORDER)
        self.assertEqual(d.states, ["cart", "closed", "pending", "paid", "shipped"])
        self.assertEqual(d.events(), ["checkout", "pay", "ship", "note", "close"])
        self.assertEqual(d.action_names(), {"charge", "log", "email"})

    def test_json_and_file(self):
        text = '{"initial": "a", "transitions": [{"event": "go", "source": "a", "target": "b"}]}'
        self.assertEqual(load_definition(text).states, ["a", "b"])
        self.assertEqual(load_definition(io.StringIO(text)).initial, "a")

    def test_errors(self):
        bad = [
            {},
            {"initial": "a", "transitions": []},
            {"initial": "a", "transitions": [{"event": "go", "source": "a"}]},
            {"initial": "a", "transitions": [{"event": "go", "source": "a", "target": "b", "when": "x"}]},
            {"initial": "a", "transitions": [{"event": "go", "source": "a", "target": "b"},
                                             {"event": "go", "source": "a", "target": "c"}]},
            {"initial": "a", "final": ["b"], "transitions": [{"event": "go", "source": "b", "target": "a"}]},
            {"initial": "a", "transitions": [{"event": "go", "source": "a", "target": "b", "internal": True}]},
            {"initial": "a", "states": ["a"], "transitions": [{"event": "go", "source": "a", "target": "b"}]},
        ]
        for data in bad:
            with self.assertRaises(DefinitionError, msg=repr(data)):
                load_definition(data)
        with self.assertRaises(DefinitionError):
            load_definition("{not json")

    def test_dot(self):
        dot = to_dot(load_definition(ORDER), current="paid")
        self.assertIn('"pending" -> "paid" [label="pay / charge"];', dot)
        self.assertIn('"paid" [shape=circle, style=filled];', dot)
        self.assertIn('"closed" [shape=doublecircle];', dot)
        self.assertEqual(dot.count('-> "closed"'), 4)


if __name__ == "__main__":
    unittest.main()
