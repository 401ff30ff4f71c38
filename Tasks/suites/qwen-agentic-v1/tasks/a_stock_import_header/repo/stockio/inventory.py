"""In-memory stock levels per (sku, location)."""

from decimal import Decimal


class Inventory:
    def __init__(self):
        self._qty = {}
        self._names = {}
        self._costs = {}

    def set_level(self, sku, location, qty, name="", unit_cost=None):
        key = (sku, location)
        existed = key in self._qty
        self._qty[key] = qty
        if name:
            self._names[sku] = name
        if unit_cost is not None:
            self._costs[sku] = unit_cost
        return existed

    def level(self, sku, location="MAIN"):
        return self._qty.get((sku, location), 0)

    def total(self, sku):
        return sum(q for (s, _), q in self._qty.items() if s == sku)

    def name(self, sku):
        return self._names.get(sku, "")

    def unit_cost(self, sku):
        return self._costs.get(sku)

    def value(self):
        total = Decimal("0")
        for (sku, _), qty in self._qty.items():
            cost = self._costs.get(sku)
            if cost is not None:
                total += cost * qty
        return total

    def rows(self):
        for (sku, location) in sorted(self._qty):
            yield sku, location, self._qty[(sku, location)]
