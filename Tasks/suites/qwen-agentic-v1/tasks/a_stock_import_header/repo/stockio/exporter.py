"""Write an inventory back out as CSV."""

import csv

from .textio import open_text


def export_csv(inventory, path):
    with open_text(path, "w") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["sku", "name", "qty", "location", "unit_cost"])
        for sku, location, qty in inventory.rows():
            cost = inventory.unit_cost(sku)
            writer.writerow([sku, inventory.name(sku), qty, location, "" if cost is None else cost])
