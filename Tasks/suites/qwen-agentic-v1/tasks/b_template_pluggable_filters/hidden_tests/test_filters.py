import io
import unittest

from minitpl import Environment, Markup, Template, TemplateSyntaxError
from minitpl.cli import main
from minitpl.filters import FilterRegistry, default_filters

BUILTIN_NAMES = ["default", "e", "escape", "first", "join", "last", "length", "lower", "replace",
                 "reverse", "round", "safe", "sort", "title", "trim", "truncate", "upper"]


class RegistryTests(unittest.TestCase):
    def test_default_registry_has_builtins(self):
        reg = default_filters()
        self.assertIsInstance(reg, FilterRegistry)
        for name in BUILTIN_NAMES:
            self.assertIn(name, reg)
        self.assertEqual(reg.get("upper")("ab"), "AB")
        self.assertEqual(reg.get("truncate")("hello wonderful world", 8), "hello...")

    def test_register_direct_and_as_decorator(self):
        reg = FilterRegistry()
        reg.register("double", lambda v: v * 2)

        @reg.register("wrap")
        def wrap(value, left="[", right="]"):
            return left + str(value) + right

        self.assertEqual(wrap(1), "[1]")   # decorator returns the function
        self.assertEqual(reg.get("double")(4), 8)
        self.assertEqual(reg.get("wrap")("x", "<", ">"), "<x>")
        self.assertEqual(reg.names(), ["double", "wrap"])
        with self.assertRaises(KeyError):
            reg.get("missing")

    def test_default_filters_is_fresh_each_time(self):
        a = default_filters()
        a.register("shout", lambda v: str(v).upper() + "!")
        self.assertNotIn("shout", default_filters())


class EnvironmentFilterTests(unittest.TestCase):
    def test_custom_filter_with_literal_and_context_args(self):
        env = Environment()
        self.assertIsInstance(env.filters, FilterRegistry)
        env.filters.register("currency", lambda v, code="EUR", places=2: "%.*f %s" % (int(places), v, code))
        t = env.from_string('{{ price | currency }} / {{ price | currency:"USD",0 }} / {{ price | currency:cur }}')
        self.assertEqual(t.render(price=3.5, cur="GBP"), "3.50 EUR / 4 USD / 3.50 GBP")

    def test_filters_are_per_environment(self):
        env = Environment()
        env.filters.register("currency", lambda v: "%s EUR" % v)
        env.filters.register("upper", lambda v: "overridden")
        other = Environment()
        with self.assertRaises(TemplateSyntaxError):
            other.from_string("{{ p | currency }}")
        self.assertEqual(other.from_string("{{ s | upper }}").render(s="ab"), "AB")
        self.assertEqual(env.from_string("{{ s | upper }}").render(s="ab"), "overridden")
        self.assertEqual(Template("{{ s | upper }}").render(s="ab"), "AB")

    def test_environment_accepts_a_registry(self):
        reg = default_filters()
        reg.register("slug", lambda v: str(v).lower().replace(" ", "-"))
        env = Environment(filters=reg)
        self.assertEqual(env.from_string("{{ t | slug | truncate:7 }}").render(t="Hello Big World"), "hell...")

    def test_custom_filter_output_is_autoescaped_unless_markup(self):
        env = Environment(autoescape=True)
        env.filters.register("bold", lambda v: "<b>%s</b>" % v)
        env.filters.register("bold_safe", lambda v: Markup("<b>%s</b>" % v))
        self.assertEqual(env.from_string("{{ x | bold }}").render(x="a"), "&lt;b&gt;a&lt;/b&gt;")
        self.assertEqual(env.from_string("{{ x | bold_safe }}").render(x="a"), "<b>a</b>")

    def test_unknown_filter_still_fails_at_compile_time(self):
        env = Environment()
        with self.assertRaises(TemplateSyntaxError):
            env.from_string("line one\n{{ x | nothere }}")


class BuiltinBehaviourTests(unittest.TestCase):
    CASES = [
        ("{{ s|upper }}", {"s": "ab"}, "AB"),
        ("{{ s|title }}", {"s": "ab cd"}, "Ab Cd"),
        ("[{{ s|trim }}]", {"s": "  x "}, "[x]"),
        ('{{ m|default:"d" }}', {}, "d"),
        ('{{ z|default:"d",true }}', {"z": 0}, "d"),
        ('{{ z|default:"d" }}', {"z": 0}, "0"),
        ("{{ m|default:fallback }}", {"fallback": "FB"}, "FB"),
        ("{{ xs|length }}", {"xs": [1, 2]}, "2"),
        ('{{ s|truncate:8,"~" }}', {"s": "hello wonderful world"}, "hello w~"),
        ("{{ s|truncate:n }}", {"s": "abcdefghij", "n": 5}, "ab..."),
        ("{{ s|escape }}", {"s": "<a&b>"}, "&lt;a&amp;b&gt;"),
        ("{{ xs|first }}-{{ xs|last }}", {"xs": [3, 4]}, "3-4"),
        ('{{ s|replace:"a","o" }}', {"s": "banana"}, "bonono"),
        ("{{ n|round }} {{ n|round:2 }}", {"n": 2.6789}, "3 2.68"),
        ('{{ xs|sort|join:"," }}', {"xs": [3, 1, 2]}, "1,2,3"),
        ("{{ s|reverse }} {{ xs|reverse|join }}", {"s": "abc", "xs": [1, 2, 3]}, "cba 321"),
    ]

    def test_builtins_unchanged(self):
        for src, ctx, expected in self.CASES:
            with self.subTest(src=src):
                self.assertEqual(Template(src).render(ctx), expected)

    def test_cli_lists_builtins(self):
        out = io.StringIO()
        self.assertEqual(main(["--list-filters"], out=out), 0)
        self.assertEqual(out.getvalue().split(), BUILTIN_NAMES)


if __name__ == "__main__":
    unittest.main()
