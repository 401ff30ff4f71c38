import io
import os
import tempfile
import unittest

from minitpl import DictLoader, Environment, Template, TemplateSyntaxError, UndefinedError
from minitpl.cli import main


def render(src, **ctx):
    return Template(src).render(ctx)


class OutputTests(unittest.TestCase):
    def test_variables_and_paths(self):
        self.assertEqual(render("Hi {{ user.name }} ({{ tags.1 }})", user={"name": "Ann"}, tags=["a", "b"]), "Hi Ann (b)")

    def test_missing_is_empty_unless_strict(self):
        self.assertEqual(render("[{{ nope }}]"), "[]")
        with self.assertRaises(UndefinedError):
            Environment(strict=True).from_string("{{ nope }}").render()

    def test_some_filters(self):
        self.assertEqual(render("{{ name | upper }}", name="bo"), "BO")
        self.assertEqual(render('{{ missing | default:"n/a" }}'), "n/a")
        self.assertEqual(render('{{ xs | join:", " }}', xs=[1, 2, 3]), "1, 2, 3")

    def test_autoescape(self):
        env = Environment(autoescape=True)
        self.assertEqual(env.from_string("{{ s }}").render(s="<b>"), "&lt;b&gt;")
        self.assertEqual(env.from_string("{{ s | safe }}").render(s="<b>"), "<b>")

    def test_unknown_filter_is_a_syntax_error(self):
        with self.assertRaises(TemplateSyntaxError):
            Template("{{ x | frobnicate }}")


class BlockTests(unittest.TestCase):
    def test_if_elif_else(self):
        src = "{% if n > 10 %}big{% elif n > 5 %}mid{% else %}small{% endif %}"
        self.assertEqual([render(src, n=n) for n in (20, 7, 1)], ["big", "mid", "small"])

    def test_for_loop(self):
        src = "{% for x in xs %}{{ loop.index }}={{ x }}{% if not loop.last %},{% endif %}{% else %}none{% endfor %}"
        self.assertEqual(render(src, xs=["a", "b"]), "1=a,2=b")
        self.assertEqual(render(src, xs=[]), "none")

    def test_include(self):
        env = Environment(loader=DictLoader({"head": "<h1>{{ title }}</h1>", "page": '{% include "head" %}body'}))
        self.assertEqual(env.get_template("page").render(title="T"), "<h1>T</h1>body")

    def test_syntax_errors(self):
        for src in ["{% if x %}", "{% endfor %}", "{% bogus %}", "{% for x %}{% endfor %}"]:
            with self.subTest(src=src), self.assertRaises(TemplateSyntaxError):
                Template(src)


class CliTests(unittest.TestCase):
    def test_render_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "t.txt")
            with open(path, "w") as fh:
                fh.write("{{ greeting | title }}!")
            ctx = os.path.join(tmp, "c.json")
            with open(ctx, "w") as fh:
                fh.write('{"greeting": "hello there"}')
            out = io.StringIO()
            self.assertEqual(main([path, "--context", ctx], out=out), 0)
            self.assertEqual(out.getvalue(), "Hello There!")

    def test_list_filters(self):
        out = io.StringIO()
        self.assertEqual(main(["--list-filters"], out=out), 0)
        self.assertIn("truncate", out.getvalue().split())


if __name__ == "__main__":
    unittest.main()
