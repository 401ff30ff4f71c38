"""Template loaders: where ``{% include %}`` and ``get_template`` find sources."""

import os

from .runtime import TemplateError


class TemplateNotFound(TemplateError):
    pass


class DictLoader:
    def __init__(self, mapping):
        self.mapping = dict(mapping)

    def load(self, name):
        try:
            return self.mapping[name]
        except KeyError:
            raise TemplateNotFound(name) from None


class FileLoader:
    """Loads ``name`` relative to ``root``; refuses paths that escape it."""

    def __init__(self, root, encoding="utf-8"):
        self.root = os.path.abspath(root)
        self.encoding = encoding

    def load(self, name):
        path = os.path.abspath(os.path.join(self.root, name))
        if os.path.commonpath([path, self.root]) != self.root:
            raise TemplateNotFound("%s (outside the template folder)" % name)
        if not os.path.isfile(path):
            raise TemplateNotFound(name)
        with open(path, encoding=self.encoding) as fh:
            return fh.read()
