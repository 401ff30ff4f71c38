"""stockio - import and export warehouse stock lists as CSV."""

from .inventory import Inventory
from .importer import ImportReport, import_bytes, import_file
from .exporter import export_csv
from .schema import SchemaError

__all__ = ["Inventory", "ImportReport", "import_bytes", "import_file", "export_csv", "SchemaError"]
