"""Assemblies and their text format.

::

    assembly FRAME
      4 x AB-100        # bolts
      1 x frame-weld
    assembly BIKE
      1 x @FRAME        # a sub-assembly
      2 x WH 26
"""

from .partno import PartNumber


class Line:
    def __init__(self, qty, part=None, sub=None):
        self.qty = qty
        self.part = part
        self.sub = sub


class Assembly:
    def __init__(self, name):
        self.name = name
        self.lines = []

    def add_part(self, qty, number):
        self.lines.append(Line(qty, part=PartNumber(number)))

    def add_sub(self, qty, name):
        self.lines.append(Line(qty, sub=name))


def parse_assemblies(text):
    assemblies = {}
    current = None
    for line_no, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.lower().startswith("assembly "):
            name = line[len("assembly "):].strip()
            if name in assemblies:
                raise ValueError("line %d: assembly %s defined twice" % (line_no, name))
            current = assemblies[name] = Assembly(name)
            continue
        if current is None:
            raise ValueError("line %d: item outside an assembly" % line_no)
        qty_text, sep, item = line.partition(" x ")
        if not sep or not qty_text.strip().isdigit():
            raise ValueError("line %d: expected '<qty> x <part>'" % line_no)
        qty = int(qty_text)
        item = item.strip()
        if item.startswith("@"):
            current.add_sub(qty, item[1:].strip())
        else:
            current.add_part(qty, item)
    return assemblies
