import unittest

from i18nlite import Catalog, Entry, PoError, parse_po, write_po

DE = r'''# German translation
msgid ""
msgstr ""
"Project-Id-Version: shop 1.0\n"
"Language: de\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: shop/cart.py:10
msgid "Cart"
msgstr "Warenkorb"

#. shown on the checkout button
#, python-brace-format
msgid "Pay {amount}"
msgstr "{amount} bezahlen"

msgctxt "menu"
msgid "Open"
msgstr "Öffnen"

msgid "Open"
msgstr "Offen"

msgid ""
"A long text that "
"continues here.\n"
msgstr "Ein langer Text,\n"

#, fuzzy
msgid "Close"
msgstr "Schliessen"

msgid "Untranslated"
msgstr ""

#~ msgid "Old"
#~ msgstr "Alt"
'''


class ParseTests(unittest.TestCase):
    def test_headers_and_entries(self):
        headers, entries = parse_po(DE)
        self.assertEqual(headers["Language"], "de")
        self.assertEqual([e.msgid for e in entries][:3], ["Cart", "Pay {amount}", "Open"])
        self.assertEqual(len(entries), 6)
        self.assertEqual(entries[0].references, ["shop/cart.py:10"])
        self.assertEqual(entries[1].extracted, ["shown on the checkout button"])
        self.assertEqual(entries[4].msgid, "A long text that continues here.\n")

    def test_fuzzy(self):
        _, entries = parse_po(DE, include_fuzzy=True)
        self.assertIn("Close", [e.msgid for e in entries])

    def test_errors(self):
        bad = ['msgid "a"\n', 'msgstr "x"\nmsgid "a"\n', 'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
               'msgid "a\\q"\nmsgstr ""\n', 'msgid "a"\nmsgstr "b" junk\n', 'msgfoo "a"\n', '"orphan"\n']
        for text in bad:
            with self.assertRaises(PoError, msg=text):
                parse_po(text)

    def test_round_trip(self):
        headers, entries = parse_po(DE)
        again = parse_po(write_po(headers, entries))
        self.assertEqual(again[0], headers)
        self.assertEqual([(e.msgctxt, e.msgid, e.msgstr, e.flags) for e in again[1]],
                         [(e.msgctxt, e.msgid, e.msgstr, e.flags) for e in entries])

    def test_wrapping(self):
        entry = Entry("word " * 30, "x")
        lines = write_po({}, [entry]).splitlines()
        self.assertEqual(lines[0], 'msgid ""')
        self.assertTrue(all(len(l) <= 80 for l in lines))


class CatalogTests(unittest.TestCase):
    def test_lookup(self):
        cat = Catalog.from_po(DE)
        self.assertEqual(cat.language, "de")
        self.assertEqual(cat.gettext("Cart"), "Warenkorb")
        self.assertEqual(cat.pgettext("menu", "Open"), "Öffnen")
        self.assertEqual(cat.gettext("Open"), "Offen")
        self.assertEqual(cat.gettext("Close"), "Close")
        self.assertEqual(cat.gettext("Untranslated"), "Untranslated")
        self.assertEqual(cat.translate("Pay {amount}", amount="3 €"), "3 € bezahlen")

    def test_stats_and_problems(self):
        cat = Catalog.from_po(DE)
        self.assertEqual(cat.stats()["untranslated"], 1)
        cat.add(Entry("Hi {name}", "Hallo {nom}", flags=["python-brace-format"]))
        self.assertEqual(cat.problems(), [("Hi {name}", "placeholders differ: name vs nom")])

    def test_merge(self):
        a = Catalog(entries=[Entry("x", ""), Entry("y", "Y")])
        b = Catalog(entries=[Entry("x", "X"), Entry("y", "other")])
        a.merge(b)
        self.assertEqual((a.gettext("x"), a.gettext("y")), ("X", "Y"))


if __name__ == "__main__":
    unittest.main()
