"""Render a practical subset of Markdown to HTML.

Blocks: ATX headings (``#`` .. ``######``), paragraphs, fenced code blocks,
block quotes, ordered and unordered lists (nested by indentation), tables with
alignment, and horizontal rules.

Inline: backslash escapes, ``code``, **strong**, *emphasis* / _emphasis_,
[links](url "title"), ![images](src), <https://autolinks>, hard line breaks
(two trailing spaces).

Every heading gets an ``id`` derived from its text; repeated titles get
``-1``, ``-2``... suffixes in document order.
"""

import html
import re

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*$")
HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
BULLET = re.compile(r"^( *)([-*+])[ \t]+(.*)$")
ORDERED = re.compile(r"^( *)(\d{1,9})[.)][ \t]+(.*)$")
QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
TABLE_SEP = re.compile(r"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$")

ESCAPABLE = "\\`*_{}[]()#+-.!|<>"
_INLINE = re.compile(
    r"(?P<escape>\\[" + re.escape(ESCAPABLE) + r"])"
    r"|(?P<code>(?P<ticks>`+)(?P<code_body>.+?)(?P=ticks))"
    r"|(?P<image>!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"(?P<img_title>[^\"]*)\")?\))"
    r"|(?P<link>\[(?P<label>(?:[^\[\]]|\[[^\]]*\])*)\]\((?P<href>[^)\s]+)(?:\s+\"(?P<title>[^\"]*)\")?\))"
    r"|(?P<auto><(?P<url>https?://[^\s>]+)>)"
    r"|(?P<strong>(?P<smark>\*\*|__)(?P<strong_body>.+?)(?P=smark))"
    r"|(?P<em>(?P<emark>[*_])(?P<em_body>[^\s*_](?:.*?[^\s])?)(?P=emark))"
)


# ---------------------------------------------------------------- inline

def escape(text):
    return html.escape(text, quote=True)


def render_inline(text):
    """Inline Markdown to HTML."""
    out = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(escape(text[pos:m.start()]))
        pos = m.end()
        if m.group("escape"):
            out.append(escape(m.group("escape")[1]))
        elif m.group("code"):
            out.append(f"<code>{escape(m.group('code_body').strip())}</code>")
        elif m.group("image"):
            title = f' title="{escape(m.group("img_title"))}"' if m.group("img_title") else ""
            out.append(f'<img src="{escape(m.group("src"))}" alt="{escape(m.group("alt"))}"{title}>')
        elif m.group("link"):
            title = f' title="{escape(m.group("title"))}"' if m.group("title") else ""
            out.append(f'<a href="{escape(m.group("href"))}"{title}>{render_inline(m.group("label"))}</a>')
        elif m.group("auto"):
            url = m.group("url")
            out.append(f'<a href="{escape(url)}">{escape(url)}</a>')
        elif m.group("strong"):
            out.append(f"<strong>{render_inline(m.group('strong_body'))}</strong>")
        elif m.group("em"):
            out.append(f"<em>{render_inline(m.group('em_body'))}</em>")
        else:  # pragma: no cover - every alternative is handled above
            raise AssertionError(m.group(0))
    out.append(escape(text[pos:]))
    return "".join(out)


def inline_text(text):
    """The plain text of inline Markdown: markup removed, link and image text kept."""
    out = []
    pos = 0
    for m in _INLINE.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        if m.group("escape"):
            out.append(m.group("escape")[1])
        elif m.group("code"):
            out.append(m.group("code_body").strip())
        elif m.group("image"):
            out.append(m.group("alt"))
        elif m.group("link"):
            out.append(inline_text(m.group("label")))
        elif m.group("auto"):
            out.append(m.group("url"))
        elif m.group("strong"):
            out.append(inline_text(m.group("strong_body")))
        else:
            out.append(inline_text(m.group("em_body")))
    out.append(text[pos:])
    return "".join(out)


def slugify(text):
    """'Install & Configure!' -> 'install-configure'."""
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[\s_-]+", "-", text).strip("-") or "section"


class HeadingIds:
    """Hands out unique heading ids in document order."""

    def __init__(self):
        self.used = {}

    def make(self, title):
        base = slugify(inline_text(title))
        count = self.used.get(base, 0)
        self.used[base] = count + 1
        return base if count == 0 else f"{base}-{count}"


# ---------------------------------------------------------------- blocks

def _split_row(line):
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    cells, current, i = [], [], 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line) and line[i + 1] == "|":
            current.append("|")
            i += 2
            continue
        if line[i] == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(line[i])
        i += 1
    cells.append("".join(current).strip())
    return cells


def _alignments(separator):
    result = []
    for cell in _split_row(separator):
        left, right = cell.startswith(":"), cell.endswith(":")
        result.append("center" if left and right else "right" if right else "left" if left else None)
    return result


def _render_table(lines):
    header = _split_row(lines[0])
    aligns = _alignments(lines[1])
    out = ["<table>", "<thead>", "<tr>"]

    def cell(tag, text, index):
        align = aligns[index] if index < len(aligns) else None
        attr = f' style="text-align: {align}"' if align else ""
        return f"<{tag}{attr}>{render_inline(text)}</{tag}>"

    out += [cell("th", text, i) for i, text in enumerate(header)]
    out += ["</tr>", "</thead>", "<tbody>"]
    for line in lines[2:]:
        cells = _split_row(line)
        cells = (cells + [""] * len(header))[:len(header)]
        out.append("<tr>" + "".join(cell("td", text, i) for i, text in enumerate(cells)) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _list_item_lines(lines, start, indent, pattern):
    """Collect the lines of consecutive items of one list; returns (items, next index)."""
    items = []
    i = start
    while i < len(lines):
        m = pattern.match(lines[i])
        if m and len(m.group(1)) == indent:
            items.append([m.group(3)])
            i += 1
            continue
        if items and lines[i].strip() and len(lines[i]) - len(lines[i].lstrip(" ")) > indent:
            items[-1].append(lines[i][indent + 2:] if lines[i].startswith(" " * (indent + 2)) else lines[i].strip())
            i += 1
            continue
        break
    return items, i


class Renderer:
    def __init__(self):
        self.ids = HeadingIds()

    def render(self, text):
        lines = text.replace("\r\n", "\n").replace("\t", "    ").split("\n")
        return "\n".join(self.blocks(lines))

    def blocks(self, lines):
        out = []
        paragraph = []

        def flush():
            if paragraph:
                joined = "\n".join(paragraph)
                joined = re.sub(r" {2,}\n", "<br>\n", render_inline(joined).replace("\n", "\n"))
                out.append(f"<p>{joined}</p>")
                paragraph.clear()

        i = 0
        while i < len(lines):
            line = lines[i]
            fence = FENCE.match(line)
            if fence:
                flush()
                marker, lang = fence.group(2), fence.group(3)
                body = []
                i += 1
                while i < len(lines) and not lines[i].strip().startswith(marker):
                    body.append(lines[i])
                    i += 1
                i += 1  # closing fence (or end of document)
                cls = f' class="language-{escape(lang)}"' if lang else ""
                out.append(f"<pre><code{cls}>{escape(chr(10).join(body))}</code></pre>")
                continue
            if not line.strip():
                flush()
                i += 1
                continue
            heading = HEADING.match(line)
            if heading:
                flush()
                level, title = len(heading.group(1)), heading.group(2)
                out.append(f'<h{level} id="{self.ids.make(title)}">{render_inline(title)}</h{level}>')
                i += 1
                continue
            if RULE.match(line):
                flush()
                out.append("<hr>")
                i += 1
                continue
            if QUOTE.match(line):
                flush()
                quoted = []
                while i < len(lines) and (QUOTE.match(lines[i]) or (lines[i].strip() and quoted and quoted[-1])):
                    m = QUOTE.match(lines[i])
                    quoted.append(m.group(1) if m else lines[i])
                    i += 1
                out.append("<blockquote>\n" + "\n".join(self.blocks(quoted)) + "\n</blockquote>")
                continue
            list_match = BULLET.match(line) or ORDERED.match(line)
            # a bullet list may interrupt a paragraph; an ordered one only when it starts at 1
            if list_match and (not paragraph or list_match.re is BULLET or list_match.group(2) == "1"):
                flush()
                pattern = list_match.re
                items, i = _list_item_lines(lines, i, len(list_match.group(1)), pattern)
                tag = "ul" if pattern is BULLET else "ol"
                start = ""
                if tag == "ol" and int(list_match.group(2)) != 1:
                    start = f' start="{int(list_match.group(2))}"'
                rendered = []
                for item in items:
                    inner = self.blocks(item)
                    if all(part.strip() for part in item):
                        # tight item (no blank lines): paragraphs without <p>
                        inner = [b[3:-4] if b.startswith("<p>") else b for b in inner]
                    rendered.append("<li>" + "\n".join(inner) + "</li>")
                out.append(f"<{tag}{start}>\n" + "\n".join(rendered) + f"\n</{tag}>")
                continue
            if "|" in line and i + 1 < len(lines) and TABLE_SEP.match(lines[i + 1].strip()) and not paragraph:
                table = [line, lines[i + 1]]
                i += 2
                while i < len(lines) and "|" in lines[i] and lines[i].strip():
                    table.append(lines[i])
                    i += 1
                out.append(_render_table(table))
                continue
            paragraph.append(line.strip() if not line.endswith("  ") else line.lstrip())
            i += 1
        flush()
        return out


def render(text):
    """Render a Markdown document to an HTML fragment."""
    return Renderer().render(text)


def build_toc(text, max_level=6):
    """[(level, title)] for the top-level headings of a document, in order.

    `title` is the heading's Markdown source. Headings inside fenced code
    blocks, block quotes and list items are not part of the table of contents.
    """
    toc = []
    fence = None
    for line in text.replace("\r\n", "\n").split("\n"):
        m = FENCE.match(line)
        if m and (fence is None or line.strip().startswith(fence)):
            fence = m.group(2) if fence is None else None
            continue
        if fence is not None:
            continue
        heading = HEADING.match(line)
        if heading and len(heading.group(1)) <= max_level:
            toc.append((len(heading.group(1)), heading.group(2)))
    return toc


PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body>
{body}
</body>
</html>
"""


def page(title, body):
    """Wrap an HTML fragment into a complete page."""
    return PAGE.format(title=escape(title), body=body)
