"""Translation catalogs built from PO files."""

from .po import check_entry, parse_po, write_po


class Catalog:
    """Maps ``(context, msgid)`` to translations."""

    def __init__(self, headers=None, entries=()):
        self.headers = dict(headers or {})
        self._entries = {}
        for entry in entries:
            self.add(entry)

    @classmethod
    def from_po(cls, text, include_fuzzy=False):
        headers, entries = parse_po(text, include_fuzzy=include_fuzzy)
        return cls(headers, entries)

    @property
    def language(self):
        return self.headers.get("Language", "")

    def add(self, entry):
        self._entries[entry.key] = entry

    def entry(self, msgid, context=None):
        return self._entries.get((context, msgid))

    def __len__(self):
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries.values())

    # -- lookups -----------------------------------------------------
    def gettext(self, msgid, context=None):
        """The translation of ``msgid``, or ``msgid`` itself if there is none."""
        entry = self._entries.get((context, msgid))
        if entry is None or not entry.msgstr:
            return msgid
        return entry.msgstr

    def pgettext(self, context, msgid):
        return self.gettext(msgid, context)

    def translate(self, msgid, context=None, **params):
        """Translate and fill ``{name}`` placeholders from ``params``."""
        text = self.gettext(msgid, context)
        return text.format(**params) if params else text

    # -- maintenance -------------------------------------------------
    def stats(self):
        total = len(self._entries)
        translated = sum(1 for e in self._entries.values() if e.translated)
        return {"total": total, "translated": translated, "untranslated": total - translated,
                "percent": round(100.0 * translated / total, 1) if total else 100.0}

    def problems(self):
        """``(msgid, problem)`` pairs from :func:`check_entry`."""
        result = []
        for entry in self._entries.values():
            for problem in check_entry(entry):
                result.append((entry.msgid, problem))
        return result

    def merge(self, other):
        """Take translations from ``other`` for messages untranslated here."""
        for key, entry in other._entries.items():
            mine = self._entries.get(key)
            if mine is None or not mine.msgstr:
                self._entries[key] = entry

    def to_po(self):
        return write_po(self.headers, list(self._entries.values()))
