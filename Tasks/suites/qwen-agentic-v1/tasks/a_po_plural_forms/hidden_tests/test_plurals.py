import unittest

from i18nlite import Catalog, PoError, parse_po, write_po

RU_RULE = "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"

RU = r'''msgid ""
msgstr ""
"Language: ru\n"
"Plural-Forms: ''' + RU_RULE + r'''\n"

#, python-brace-format
msgid "{n} file"
msgid_plural "{n} files"
msgstr[0] "{n} файл"
msgstr[1] "{n} файла"
msgstr[2] "{n} файлов"

msgctxt "mail"
msgid "message"
msgid_plural "messages"
msgstr[0] "письмо"
msgstr[1] "письма"
msgstr[2] "писем"

msgid "message"
msgid_plural "messages"
msgstr[0] "сообщение"
msgstr[1] "сообщения"
msgstr[2] "сообщений"

msgid "day"
msgid_plural "days"
msgstr[0] "день"
msgstr[1] ""
msgstr[2] "дней"

#, fuzzy
msgid "hour"
msgid_plural "hours"
msgstr[0] "час"
msgstr[1] "часа"
msgstr[2] "часов"

msgid "Cancel"
msgstr "Отмена"
'''


def ru_form(n):
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and (n % 100 < 10 or n % 100 >= 20):
        return 1
    return 2


def with_rule(rule, forms):
    body = "\n".join('msgstr[%d] "%s"' % (i, f) for i, f in enumerate(forms))
    return ('msgid ""\nmsgstr ""\n"Plural-Forms: %s\\n"\n\nmsgid "x"\nmsgid_plural "xs"\n%s\n' % (rule, body))


class ParsePluralTests(unittest.TestCase):
    def test_entries(self):
        headers, entries = parse_po(RU)
        first = entries[0]
        self.assertEqual((first.msgid, first.msgid_plural), ("{n} file", "{n} files"))
        self.assertEqual(first.msgstr_plural, ["{n} файл", "{n} файла", "{n} файлов"])
        cancel = [e for e in entries if e.msgid == "Cancel"][0]
        self.assertIsNone(cancel.msgid_plural)
        self.assertEqual(cancel.msgstr_plural, [])

    def test_bad_plural_entries(self):
        bad = ['msgid "a"\nmsgid_plural "as"\nmsgstr "x"\n',
               'msgid "a"\nmsgstr[0] "x"\n',
               'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "z"\n',
               'msgid "a"\nmsgid_plural "as"\nmsgstr[1] "x"\n',
               'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr "y"\n']
        for text in bad:
            with self.assertRaises(PoError, msg=text):
                parse_po(text)

    def test_round_trip(self):
        headers, entries = parse_po(RU, include_fuzzy=True)
        again_headers, again = parse_po(write_po(headers, entries), include_fuzzy=True)
        self.assertEqual(again_headers, headers)
        self.assertEqual([(e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, e.msgstr_plural, e.flags) for e in again],
                         [(e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, e.msgstr_plural, e.flags) for e in entries])
        cat = Catalog.from_po(Catalog.from_po(RU).to_po())
        self.assertEqual(cat.ngettext("{n} file", "{n} files", 3), "{n} файла")


class NgettextTests(unittest.TestCase):
    def setUp(self):
        self.cat = Catalog.from_po(RU)

    def test_russian_rule(self):
        forms = ["{n} файл", "{n} файла", "{n} файлов"]
        for n in [0, 1, 2, 4, 5, 11, 12, 14, 19, 21, 22, 25, 101, 111, 112, 1001, 1024]:
            self.assertEqual(self.cat.ngettext("{n} file", "{n} files", n), forms[ru_form(n)], n)

    def test_context(self):
        self.assertEqual(self.cat.npgettext("mail", "message", "messages", 5), "писем")
        self.assertEqual(self.cat.ngettext("message", "messages", 5), "сообщений")
        self.assertEqual(self.cat.ngettext("message", "messages", 2, context="mail"), "письма")

    def test_fallbacks(self):
        self.assertEqual(self.cat.ngettext("apple", "apples", 1), "apple")
        self.assertEqual(self.cat.ngettext("apple", "apples", 21), "apples")
        self.assertEqual(self.cat.ngettext("hour", "hours", 1), "hour")            # fuzzy
        self.assertEqual(self.cat.ngettext("hour", "hours", 5), "hours")
        self.assertEqual(self.cat.ngettext("day", "days", 3), "days")              # empty form
        self.assertEqual(self.cat.ngettext("day", "days", 5), "дней")

    def test_gettext_and_stats(self):
        self.assertEqual(self.cat.gettext("{n} file"), "{n} файл")
        self.assertEqual(self.cat.gettext("Cancel"), "Отмена")
        stats = self.cat.stats()
        self.assertEqual((stats["total"], stats["translated"]), (5, 4))

    def test_default_english_rule(self):
        cat = Catalog.from_po('msgid "x"\nmsgid_plural "xs"\nmsgstr[0] "one"\nmsgstr[1] "many"\n')
        self.assertEqual([cat.ngettext("x", "xs", n) for n in (0, 1, 2)], ["many", "one", "many"])

    def test_index_without_form(self):
        cat = Catalog.from_po(with_rule("nplurals=3; plural=n;", ["zero", "one", "two"]))
        self.assertEqual([cat.ngettext("x", "xs", n) for n in (0, 1, 2, 3, 7)], ["zero", "one", "two", "xs", "xs"])


class ExpressionTests(unittest.TestCase):
    def forms(self, rule, count, values):
        names = ["f%d" % i for i in range(count)]
        cat = Catalog.from_po(with_rule(rule, names))
        return [cat.ngettext("x", "xs", n) for n in values]

    def test_precedence_and_operators(self):
        self.assertEqual(self.forms("nplurals=2; plural=n%10!=1 || n%100==11;", 2, [1, 11, 21, 2]),
                         ["f0", "f1", "f0", "f1"])
        self.assertEqual(self.forms("nplurals=2; plural=!(n==1);", 2, [1, 0, 2]), ["f0", "f1", "f1"])
        self.assertEqual(self.forms("nplurals=3; plural=n/10 + 1 - 1;", 3, [5, 15, 25, 35]), ["f0", "f1", "f2", "xs"])
        self.assertEqual(self.forms("nplurals=4; plural=n==1 ? 0 : n==2 ? 1 : n<10 ? 2 : 3;", 4, [1, 2, 7, 10]),
                         ["f0", "f1", "f2", "f3"])
        self.assertEqual(self.forms("nplurals=3; plural=2*n - 1 > 2 ? 2 : n;", 3, [0, 1, 2]), ["f0", "f1", "f2"])

    def test_polish(self):
        rule = "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
        self.assertEqual(self.forms(rule, 3, [1, 2, 5, 12, 22, 25]), ["f0", "f1", "f2", "f2", "f1", "f2"])

    def test_unsafe_or_invalid_rules(self):
        for rule in ['nplurals=2; plural=__import__("os").getcwd();', "nplurals=2; plural=(n != 1;",
                     "nplurals=2; plural=n !! 1;", "nplurals=x; plural=n;", "nplurals=2; plural=m > 1;",
                     "nplurals=2; plural=n > 1 ? 1;", "nplurals=2;"]:
            with self.assertRaises(PoError, msg=rule):
                Catalog.from_po(with_rule(rule, ["a", "b"]))


if __name__ == "__main__":
    unittest.main()
