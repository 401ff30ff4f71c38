"""Build a tiny static site: one HTML page per Markdown page plus an index."""

import os

from mdlite.render import build_toc, escape, page, render, slugify


def page_title(name, text):
    for level, title in build_toc(text, 1):
        return title
    return name


def build_site(pages):
    """`pages` is {name: markdown}; returns {file name: html}."""
    files = {}
    index = ["<h1>Contents</h1>", "<ul>"]
    for name in sorted(pages):
        text = pages[name]
        title = page_title(name, text)
        files[f"{name}.html"] = page(title, render(text))
        index.append(f'<li><a href="{escape(name)}.html">{escape(title)}</a>')
        sections = [(level, t) for level, t in build_toc(text, 2) if level == 2]
        if sections:
            index.append("<ul>")
            for level, section in sections:
                index.append(f'<li><a href="{escape(name)}.html#{slugify(section)}">{escape(section)}</a></li>')
            index.append("</ul>")
        index.append("</li>")
    index.append("</ul>")
    files["index.html"] = page("Contents", "\n".join(index))
    return files


def write_site(pages, directory):
    os.makedirs(directory, exist_ok=True)
    for name, content in build_site(pages).items():
        with open(os.path.join(directory, name), "w", encoding="utf-8") as fh:
            fh.write(content)
