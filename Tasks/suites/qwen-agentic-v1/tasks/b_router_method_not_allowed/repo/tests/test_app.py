import io
import unittest

from webroute import App, Response, Router
from webroute.cli import main


def make_app():
    app = App()

    @app.router.get("/hello/<name>")
    def hello(request, name):
        return "hello " + name

    @app.router.route("/things", methods=("POST",))
    def create(request):
        return Response.json(request.json(), status=201)

    @app.router.get("/boom")
    def boom(request):
        raise RuntimeError("bug")

    return app


class DispatchTests(unittest.TestCase):
    def test_ok(self):
        res = make_app()("GET", "/hello/ann")
        self.assertEqual(res.status, 200)
        self.assertEqual(res.text, "hello ann")

    def test_json_body(self):
        res = make_app()("POST", "/things", body=b'{"a": 1}')
        self.assertEqual(res.status, 201)
        self.assertEqual(res.headers["Content-Type"], "application/json")

    def test_not_found(self):
        res = make_app()("GET", "/missing")
        self.assertEqual(res.status, 404)

    def test_handler_error_is_500(self):
        self.assertEqual(make_app()("GET", "/boom").status, 500)

    def test_head_has_length_but_no_body(self):
        res = make_app()("HEAD", "/hello/bo")
        self.assertEqual(res.status, 200)
        self.assertEqual(res.body, b"")
        self.assertEqual(res.headers["Content-Length"], "8")

    def test_custom_error_handler(self):
        app = make_app()
        app.errorhandler(404)(lambda request: "nothing at " + request.path)
        res = app("GET", "/x")
        self.assertEqual((res.status, res.text), (404, "nothing at /x"))


class CliTests(unittest.TestCase):
    def test_routes_listing(self):
        out = io.StringIO()
        self.assertEqual(main(["routes"], router=make_app().router, out=out), 0)
        self.assertIn("/hello/<name>", out.getvalue())

    def test_match(self):
        out = io.StringIO()
        self.assertEqual(main(["match", "GET", "/hello/zed"], router=make_app().router, out=out), 0)
        self.assertIn("name = 'zed'", out.getvalue())

    def test_url(self):
        out = io.StringIO()
        self.assertEqual(main(["url", "hello", "name=kim"], router=make_app().router, out=out), 0)
        self.assertEqual(out.getvalue().strip(), "/hello/kim")


if __name__ == "__main__":
    unittest.main()
