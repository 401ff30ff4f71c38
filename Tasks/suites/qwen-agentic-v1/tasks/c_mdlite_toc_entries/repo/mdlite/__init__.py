"""mdlite: a small Markdown-to-HTML renderer."""
