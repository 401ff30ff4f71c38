import io
import os
import tempfile
import unittest

from mdlite.cli import main
from mdlite.render import build_toc, inline_text, render, render_inline, slugify
from mdlite.site import build_site


class InlineTests(unittest.TestCase):
    def test_inline(self):
        self.assertEqual(render_inline("a **b** _c_ `d<e>` \\*f\\*"),
                         "a <strong>b</strong> <em>c</em> <code>d&lt;e&gt;</code> *f*")
        self.assertEqual(render_inline('[x *y*](http://a.b "T") ![i](p.png) <https://z.org>'),
                         '<a href="http://a.b" title="T">x <em>y</em></a> <img src="p.png" alt="i"> '
                         '<a href="https://z.org">https://z.org</a>')
        self.assertEqual(inline_text("**Bold** [link](u) `code`"), "Bold link code")

    def test_slugify(self):
        self.assertEqual(slugify("Install & Configure!"), "install-configure")
        self.assertEqual(slugify("???"), "section")


class BlockTests(unittest.TestCase):
    def test_headings_and_ids(self):
        html = render("# Title #\n\n## Setup\n\ntext\n\n## Setup\n")
        self.assertEqual(html, '<h1 id="title">Title</h1>\n<h2 id="setup">Setup</h2>\n<p>text</p>\n'
                               '<h2 id="setup-1">Setup</h2>')

    def test_code_quote_rule(self):
        html = render("```python\n# not a heading\nx < 1\n```\n\n> quoted *text*\n> more\n\n---\n")
        self.assertEqual(html, '<pre><code class="language-python"># not a heading\nx &lt; 1</code></pre>\n'
                               "<blockquote>\n<p>quoted <em>text</em>\nmore</p>\n</blockquote>\n<hr>")

    def test_lists(self):
        html = render("- one\n- two\n  - nested\n- three\n\n3. c\n4. d\n")
        self.assertEqual(html, "<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>nested</li>\n</ul></li>\n<li>three</li>\n</ul>\n"
                               '<ol start="3">\n<li>c</li>\n<li>d</li>\n</ol>')

    def test_table_and_breaks(self):
        html = render("| a | b |\n|:--|--:|\n| 1 | 2 \\| 3 |\n\nline  \nnext\n")
        self.assertIn('<th style="text-align: left">a</th>', html)
        self.assertIn('<td style="text-align: right">2 | 3</td>', html)
        self.assertTrue(html.endswith("<p>line<br>\nnext</p>"))


class TocTests(unittest.TestCase):
    DOC = "# Guide\n\n## Install\n\n```\n## not me\n```\n\n### Linux\n\n## Usage\n"

    def test_build_toc(self):
        self.assertEqual([(e[0], e[1]) for e in build_toc(self.DOC)],
                         [(1, "Guide"), (2, "Install"), (3, "Linux"), (2, "Usage")])
        self.assertEqual(len(build_toc(self.DOC, 2)), 3)

    def test_cli_toc(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "doc.md")
            with open(path, "w") as fh:
                fh.write(self.DOC)
            out = io.StringIO()
            main([path, "--toc", "--toc-depth", "2"], stdout=out)
            self.assertTrue(out.getvalue().startswith(
                '<nav class="toc">\n<ul>\n<li><a href="#guide">Guide</a></li>\n<ul>\n'
                '<li><a href="#install">Install</a></li>\n<li><a href="#usage">Usage</a></li>\n</ul>\n</ul>\n</nav>\n'
                '<h1 id="guide">Guide</h1>'))
            out = io.StringIO()
            main([path, "--page"], stdout=out)
            self.assertIn("<title>Guide</title>", out.getvalue())

    def test_site(self):
        files = build_site({"guide": self.DOC, "faq": "Just text."})
        self.assertEqual(sorted(files), ["faq.html", "guide.html", "index.html"])
        self.assertIn('<a href="guide.html#usage">Usage</a>', files["index.html"])
        self.assertIn('<a href="faq.html">faq</a>', files["index.html"])


if __name__ == "__main__":
    unittest.main()
