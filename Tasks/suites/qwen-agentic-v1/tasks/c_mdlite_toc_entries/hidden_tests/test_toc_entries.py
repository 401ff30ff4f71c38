import io
import os
import re
import tempfile
import unittest

from mdlite.cli import main
from mdlite.render import TocEntry, build_toc, render
from mdlite.site import build_site

DOC = """# **Fast** `render()` guide

## Examples

text

> ## Note
> quoted

- item
- ## Examples

## The [API](api.md) reference

```
## Examples
```

## Note

### Examples

## Examples & more!
"""


def ids(html):
    return re.findall(r'<h\d id="([^"]+)"', html)


class TocEntryTests(unittest.TestCase):
    def test_entries(self):
        entries = build_toc(DOC)
        self.assertTrue(all(isinstance(e, TocEntry) for e in entries))
        self.assertEqual([(e.level, e.text, e.anchor) for e in entries], [
            (1, "Fast render() guide", "fast-render-guide"),
            (2, "Examples", "examples"),
            (2, "The API reference", "the-api-reference"),
            (2, "Note", "note-1"),
            (3, "Examples", "examples-2"),
            (2, "Examples & more!", "examples-more"),
        ])
        self.assertEqual(entries[0], (1, "Fast render() guide", "fast-render-guide"))

    def test_anchors_are_rendered_ids(self):
        rendered = set(ids(render(DOC)))
        for entry in build_toc(DOC):
            self.assertIn(entry.anchor, rendered)

    def test_max_level(self):
        self.assertEqual([e.anchor for e in build_toc(DOC, 2)],
                         ["fast-render-guide", "examples", "the-api-reference", "note-1", "examples-more"])
        self.assertEqual([e.text for e in build_toc(DOC, 1)], ["Fast render() guide"])

    def test_cli(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "doc.md")
            with open(path, "w") as fh:
                fh.write(DOC)
            out = io.StringIO()
            main([path, "--toc"], stdout=out)
            html = out.getvalue()
            nav = html[:html.index("</nav>")]
            self.assertEqual(re.findall(r'<a href="#([^"]+)">([^<]*)</a>', nav), [
                ("fast-render-guide", "Fast render() guide"), ("examples", "Examples"),
                ("the-api-reference", "The API reference"), ("note-1", "Note"),
                ("examples-2", "Examples"), ("examples-more", "Examples &amp; more!")])
            out = io.StringIO()
            main([path, "--page"], stdout=out)
            self.assertIn("<title>Fast render() guide</title>", out.getvalue())

    def test_site_index(self):
        files = build_site({"guide": DOC, "plain": "no headings"})
        index = files["index.html"]
        self.assertIn('<a href="guide.html">Fast render() guide</a>', index)
        self.assertIn('<a href="guide.html#note-1">Note</a>', index)
        self.assertIn('<a href="guide.html#the-api-reference">The API reference</a>', index)
        self.assertIn('<a href="guide.html#examples-more">Examples &amp; more!</a>', index)
        self.assertIn("<title>Fast render() guide</title>", files["guide.html"])
        self.assertIn('<a href="plain.html">plain</a>', index)


if __name__ == "__main__":
    unittest.main()
