import io
import unittest

import webroute
from webroute import App, Router
from webroute.cli import main


def h(request, **params):
    return "ok"


def build():
    api = Router()
    api.add("/items", h, methods=("GET", "POST"), name="items")
    api.add("/items/<int:item_id>", h, methods=("GET", "PATCH"), name="item")
    extra = Router()
    extra.add("/status", h, name="status")
    extra.add("/items/<int:item_id>/archive", h, methods=("POST",), name="archive")
    root = Router()
    root.add("/", h, name="home")
    root.add("/upload", h, methods=("POST",), name="upload")
    root.include("/api/v1", api, name_prefix="api")
    root.include("/api/v1", extra, name_prefix="extra")
    return root


class ResolveTests(unittest.TestCase):
    def test_success_still_returns_route_and_params(self):
        route, params = build().resolve("PATCH", "/api/v1/items/3")
        self.assertEqual(route.name, "item")
        self.assertEqual(params, {"item_id": 3})

    def test_unknown_path_raises_not_found(self):
        with self.assertRaises(webroute.NotFound):
            build().resolve("GET", "/nowhere")
        with self.assertRaises(webroute.NotFound):
            build().resolve("GET", "/api/v1/nowhere")

    def test_wrong_method_raises_method_not_allowed(self):
        with self.assertRaises(webroute.MethodNotAllowed) as cm:
            build().resolve("GET", "/upload")
        self.assertEqual(set(cm.exception.allowed), {"POST"})

    def test_allowed_includes_head_with_get(self):
        with self.assertRaises(webroute.MethodNotAllowed) as cm:
            build().resolve("DELETE", "/")
        self.assertEqual(set(cm.exception.allowed), {"GET", "HEAD"})

    def test_wrong_method_on_mounted_route(self):
        with self.assertRaises(webroute.MethodNotAllowed) as cm:
            build().resolve("PUT", "/api/v1/items/5")
        self.assertEqual(set(cm.exception.allowed), {"GET", "HEAD", "PATCH"})

    def test_later_mount_with_same_prefix_still_reached(self):
        route, _ = build().resolve("GET", "/api/v1/status")
        self.assertEqual(route.name, "status")
        route, params = build().resolve("POST", "/api/v1/items/8/archive")
        self.assertEqual((route.name, params), ("archive", {"item_id": 8}))

    def test_head_fallback_is_not_an_error(self):
        route, _ = build().resolve("HEAD", "/api/v1/items")
        self.assertEqual(route.name, "items")

    def test_loose_slashes_wrong_method(self):
        r = Router(strict_slashes=False)
        r.add("/about", h, name="about")
        with self.assertRaises(webroute.MethodNotAllowed):
            r.resolve("POST", "/about/")


class DispatchTests(unittest.TestCase):
    def app(self):
        return App(build())

    def test_404(self):
        self.assertEqual(self.app()("GET", "/api/v1/missing").status, 404)

    def test_405_with_allow_header(self):
        res = self.app()("PUT", "/api/v1/items/5")
        self.assertEqual(res.status, 405)
        allow = {m.strip() for m in res.headers["Allow"].split(",")}
        self.assertEqual(allow, {"GET", "HEAD", "PATCH"})

    def test_405_on_root_router(self):
        res = self.app()("GET", "/upload")
        self.assertEqual(res.status, 405)
        self.assertEqual(res.headers["Allow"].strip(), "POST")

    def test_custom_405_handler_keeps_allow(self):
        app = self.app()
        app.errorhandler(405)(lambda request: "use another verb")
        res = app("DELETE", "/")
        self.assertEqual((res.status, res.text), (405, "use another verb"))
        self.assertIn("GET", res.headers["Allow"])

    def test_ok_and_head(self):
        self.assertEqual(self.app()("GET", "/api/v1/items/2").status, 200)
        res = self.app()("HEAD", "/api/v1/status")
        self.assertEqual((res.status, res.body), (200, b""))


class CliTests(unittest.TestCase):
    def run_cli(self, *argv):
        out = io.StringIO()
        code = main(list(argv), router=build(), out=out)
        return code, out.getvalue()

    def test_match_wrong_method(self):
        code, text = self.run_cli("match", "PUT", "/api/v1/items/5")
        self.assertEqual(code, 1)
        self.assertIn("405", text)

    def test_match_not_found(self):
        code, text = self.run_cli("match", "GET", "/zzz")
        self.assertEqual(code, 1)
        self.assertNotIn("405", text)

    def test_match_ok(self):
        code, text = self.run_cli("match", "GET", "/api/v1/items/4")
        self.assertEqual(code, 0)
        self.assertIn("item_id = 4", text)


if __name__ == "__main__":
    unittest.main()
