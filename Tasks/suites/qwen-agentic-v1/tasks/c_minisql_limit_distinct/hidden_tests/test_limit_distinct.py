import unittest

from minisql import QueryError, query

PEOPLE = [
    {"id": 1, "name": "Ada", "city": "London", "age": 36, "email": "ada@example.org"},
    {"id": 2, "name": "Grace", "city": "New York", "age": 45, "email": None},
    {"id": 3, "name": "Alan", "city": "London", "age": 41, "email": "alan@example.org"},
    {"id": 4, "name": "Edsger", "city": "Austin", "age": 72, "email": None},
    {"id": 5, "name": "Barbara", "city": "Boston", "age": 36, "email": "bl@example.org"},
]
TABLES = {"people": PEOPLE, "tags": [{"t": "a"}, {"t": "b"}, {"t": "a"}, {"t": "c"}, {"t": "b"}]}


def col(rows, name="name"):
    return [r[name] for r in rows]


class LimitTests(unittest.TestCase):
    def test_limit_after_order(self):
        self.assertEqual(col(query("SELECT name FROM people ORDER BY age DESC LIMIT 2", TABLES)),
                         ["Edsger", "Grace"])

    def test_limit_offset(self):
        self.assertEqual(col(query("SELECT name FROM people ORDER BY id LIMIT 2 OFFSET 1", TABLES)),
                         ["Grace", "Alan"])
        self.assertEqual(col(query("select name from people order by name desc limit 3 offset 3", TABLES)),
                         ["Alan", "Ada"])
        self.assertEqual(col(query("SELECT name FROM people WHERE age < 50 LIMIT 2", TABLES)),
                         ["Ada", "Grace"])

    def test_empty_pages(self):
        self.assertEqual(query("SELECT name FROM people LIMIT 0", TABLES), [])
        self.assertEqual(query("SELECT name FROM people ORDER BY id LIMIT 10 OFFSET 10", TABLES), [])

    def test_parameters(self):
        rows = query("SELECT name FROM people WHERE age > ? ORDER BY age, name LIMIT ? OFFSET ?",
                     TABLES, [35, 2, 1])
        self.assertEqual(col(rows), ["Barbara", "Alan"])
        rows = query("SELECT id FROM people ORDER BY id DESC LIMIT ?", TABLES, [1])
        self.assertEqual(rows, [{"id": 5}])

    def test_invalid_counts(self):
        cases = [("SELECT name FROM people LIMIT -1", ()),
                 ("SELECT name FROM people LIMIT 1.5", ()),
                 ("SELECT name FROM people LIMIT 'x'", ()),
                 ("SELECT name FROM people LIMIT", ()),
                 ("SELECT name FROM people LIMIT 2 OFFSET -1", ()),
                 ("SELECT name FROM people LIMIT ?", [-3]),
                 ("SELECT name FROM people LIMIT ?", ["2"]),
                 ("SELECT name FROM people LIMIT ? OFFSET ?", [2, None])]
        for sql, params in cases:
            with self.assertRaises(QueryError, msg=(sql, params)):
                query(sql, TABLES, params)


class DistinctTests(unittest.TestCase):
    def test_distinct_values(self):
        self.assertEqual(col(query("SELECT DISTINCT city FROM people ORDER BY city", TABLES), "city"),
                         ["Austin", "Boston", "London", "New York"])

    def test_nulls_are_equal(self):
        rows = query("SELECT DISTINCT email FROM people ORDER BY email", TABLES)
        self.assertEqual(col(rows, "email"), [None, "ada@example.org", "alan@example.org", "bl@example.org"])

    def test_keeps_first_in_query_order(self):
        rows = query("SELECT DISTINCT city FROM people ORDER BY age, id", TABLES)
        self.assertEqual(col(rows, "city"), ["London", "Boston", "New York", "Austin"])
        rows = query("select distinct age from people", TABLES)
        self.assertEqual(col(rows, "age"), [36, 45, 41, 72])

    def test_multiple_columns_and_star(self):
        rows = query("SELECT DISTINCT age, city FROM people WHERE age < 40", TABLES)
        self.assertEqual(rows, [{"age": 36, "city": "London"}, {"age": 36, "city": "Boston"}])
        self.assertEqual(query("SELECT DISTINCT * FROM tags", TABLES), [{"t": "a"}, {"t": "b"}, {"t": "c"}])

    def test_limit_applies_after_distinct(self):
        rows = query("SELECT DISTINCT city FROM people ORDER BY city DESC LIMIT 3", TABLES)
        self.assertEqual(col(rows, "city"), ["New York", "London", "Boston"])
        rows = query("SELECT DISTINCT t FROM tags LIMIT 2 OFFSET 1", TABLES)
        self.assertEqual(col(rows, "t"), ["b", "c"])


if __name__ == "__main__":
    unittest.main()
