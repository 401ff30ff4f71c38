"""i18nlite - load gettext .po catalogs and translate messages."""

from .po import Entry, PoError, parse_po, write_po
from .catalog import Catalog

__all__ = ["Entry", "PoError", "parse_po", "write_po", "Catalog"]
