"""Part numbers.

Suppliers and engineers spell the same part number in different ways:
``AB-100``, ``ab100`` and ``AB 100`` all mean the same part.  A
:class:`PartNumber` compares equal to every spelling of itself but keeps the
spelling it was created with for display.
"""

import re

_SEPARATORS = re.compile(r"[\s\-_./]+")


def normalize(text):
    return _SEPARATORS.sub("", text).upper()


class PartNumber:
    __slots__ = ("text", "key")

    def __init__(self, text):
        if isinstance(text, PartNumber):
            text = text.text
        text = text.strip()
        key = normalize(text)
        if not key or not key.isalnum():
            raise ValueError("invalid part number %r" % text)
        self.text = text
        self.key = key

    def __eq__(self, other):
        if isinstance(other, str):
            try:
                other = PartNumber(other)
            except ValueError:
                return False
        if not isinstance(other, PartNumber):
            return NotImplemented
        return self.key == other.key

    def __hash__(self):
        return hash(self.text)

    def __lt__(self, other):
        return self.key < PartNumber(other).key

    def __str__(self):
        return self.text

    def __repr__(self):
        return "PartNumber(%r)" % self.text
