"""mdlite [--toc] [--toc-depth N] [--page] FILE"""

import argparse
import sys

from mdlite.render import build_toc, escape, page, render, render_inline, slugify


def toc_html(entries):
    """Nested <ul> for [(level, title)] entries; links point at the heading ids."""
    if not entries:
        return ""
    out = []
    base = min(level for level, _ in entries)
    depth = base - 1
    for level, title in entries:
        while depth < level:
            out.append("<ul>")
            depth += 1
        while depth > level:
            out.append("</ul>")
            depth -= 1
        out.append(f'<li><a href="#{slugify(title)}">{render_inline(title)}</a></li>')
    while depth >= base:
        out.append("</ul>")
        depth -= 1
    return '<nav class="toc">\n' + "\n".join(out) + "\n</nav>"


def main(argv=None, stdout=None):
    stdout = stdout or sys.stdout
    parser = argparse.ArgumentParser(prog="mdlite")
    parser.add_argument("file")
    parser.add_argument("--toc", action="store_true", help="put a table of contents first")
    parser.add_argument("--toc-depth", type=int, default=3)
    parser.add_argument("--page", action="store_true", help="emit a complete HTML page")
    args = parser.parse_args(argv)
    with open(args.file, encoding="utf-8") as fh:
        text = fh.read()
    body = render(text)
    if args.toc:
        body = toc_html(build_toc(text, args.toc_depth)) + "\n" + body
    if args.page:
        entries = build_toc(text, 1)
        title = entries[0][1] if entries else args.file
        body = page(title, body)
    stdout.write(body + ("" if body.endswith("\n") else "\n"))
    return 0


__all__ = ["main", "toc_html", "escape"]
