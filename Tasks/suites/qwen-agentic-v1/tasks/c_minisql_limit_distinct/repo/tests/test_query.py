import unittest

from minisql import QueryError, query

PEOPLE = [
    {"id": 1, "name": "Ada", "city": "London", "age": 36, "email": "ada@example.org"},
    {"id": 2, "name": "Grace", "city": "New York", "age": 45, "email": None},
    {"id": 3, "name": "Alan", "city": "London", "age": 41, "email": "alan@example.org"},
    {"id": 4, "name": "Edsger", "city": "Austin", "age": 72, "email": None},
    {"id": 5, "name": "Barbara", "city": "Boston", "age": 36, "email": "bl@example.org"},
]
TABLES = {"people": PEOPLE}


def names(rows):
    return [r["name"] for r in rows]


class QueryTests(unittest.TestCase):
    def test_star(self):
        rows = query("SELECT * FROM people", TABLES)
        self.assertEqual(rows, PEOPLE)
        self.assertIsNot(rows[0], PEOPLE[0])

    def test_where_and_params(self):
        rows = query("select name from people where age > ? and city = ?", TABLES, [40, "London"])
        self.assertEqual(rows, [{"name": "Alan"}])

    def test_null_handling(self):
        self.assertEqual(names(query("SELECT name FROM people WHERE email IS NULL", TABLES)), ["Grace", "Edsger"])
        self.assertEqual(query("SELECT name FROM people WHERE email = NULL", TABLES), [])
        rows = query("SELECT name, COALESCE(email, 'n/a') AS contact FROM people WHERE id = 2", TABLES)
        self.assertEqual(rows, [{"name": "Grace", "contact": "n/a"}])

    def test_predicates(self):
        self.assertEqual(names(query("SELECT name FROM people WHERE name LIKE 'a%'", TABLES)), ["Ada", "Alan"])
        self.assertEqual(names(query("SELECT name FROM people WHERE id NOT IN (1, 2, 3)", TABLES)),
                         ["Edsger", "Barbara"])
        self.assertEqual(names(query("SELECT name FROM people WHERE age BETWEEN 40 AND 50", TABLES)),
                         ["Grace", "Alan"])

    def test_order_by(self):
        rows = query("SELECT name FROM people ORDER BY age DESC, name", TABLES)
        self.assertEqual(names(rows), ["Edsger", "Grace", "Alan", "Ada", "Barbara"])
        rows = query("SELECT name FROM people ORDER BY email, id DESC", TABLES)
        self.assertEqual(names(rows), ["Edsger", "Grace", "Ada", "Alan", "Barbara"])

    def test_expressions_and_aliases(self):
        rows = query("SELECT UPPER(name), age / 10 * 10 decade, "
                     "CASE WHEN age >= 60 THEN 'senior' ELSE 'adult' END AS band "
                     "FROM people WHERE id <= 2", TABLES)
        self.assertEqual(rows, [{"upper_name": "ADA", "decade": 30, "band": "adult"},
                                {"upper_name": "GRACE", "decade": 40, "band": "adult"}])

    def test_errors(self):
        for sql, params in [("SELECT name FROM nobody", ()),
                            ("SELECT name FROM people WHERE", ()),
                            ("SELECT nope FROM people", ()),
                            ("SELECT name FROM people WHERE age > ?", ()),
                            ("SELECT name, name FROM people", ()),
                            ("SELECT FOO(name) FROM people", ()),
                            ("SELECT name FROM people ORDER BY age extra", ()),
                            ("SELECT 'abc FROM people", ())]:
            with self.assertRaises(QueryError, msg=sql):
                query(sql, TABLES, params)


if __name__ == "__main__":
    unittest.main()
