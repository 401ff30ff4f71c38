"""The parts catalogue: descriptions and unit costs."""

import csv
import io
from decimal import Decimal, InvalidOperation

from .partno import PartNumber


class UnknownPart(KeyError):
    def __str__(self):
        return "unknown part %s" % self.args[0]


class Part:
    def __init__(self, number, description, unit_cost):
        self.number = PartNumber(number)
        self.description = description
        self.unit_cost = unit_cost

    def __repr__(self):
        return "Part(%r, %r, %s)" % (str(self.number), self.description, self.unit_cost)


class Catalogue:
    def __init__(self, parts=()):
        self._parts = {}
        for part in parts:
            self.add(part)

    def add(self, part):
        if part.number in self._parts:
            raise ValueError("duplicate part %s" % part.number)
        self._parts[part.number] = part

    def get(self, number):
        try:
            return self._parts[PartNumber(number)]
        except KeyError:
            raise UnknownPart(str(number)) from None

    def search(self, text):
        """Parts whose number or description contains ``text``."""
        needle = text.strip().lower()
        key = PartNumber(text).key if text.strip() else ""
        found = []
        for part in self._parts.values():
            if (key and key in part.number.key) or needle in part.description.lower():
                found.append(part)
        return sorted(found, key=lambda p: p.number)

    def __len__(self):
        return len(self._parts)

    def __iter__(self):
        return iter(sorted(self._parts.values(), key=lambda p: p.number))

    @classmethod
    def from_csv(cls, text):
        """Columns: part, description, unit_cost."""
        cat = cls()
        for row in csv.DictReader(io.StringIO(text)):
            try:
                cost = Decimal(row["unit_cost"])
            except InvalidOperation:
                raise ValueError("bad unit cost for %s: %r" % (row["part"], row["unit_cost"]))
            cat.add(Part(row["part"], row.get("description", ""), cost))
        return cat
