import unittest

from webroute import Router, RouteError


def h(request, **params):
    return params


class RouteMatchingTests(unittest.TestCase):
    def setUp(self):
        self.r = Router()
        self.r.add("/", h, name="home")
        self.r.add("/users/<int:user_id>", h, name="user")
        self.r.add("/users/<int:user_id>", h, methods=("PUT", "DELETE"), name="user_edit")
        self.r.add("/posts/<slug:slug>", h, name="post")
        self.r.add("/files/<path:rest>", h, name="files")

    def test_resolves_with_converted_params(self):
        route, params = self.r.resolve("GET", "/users/42")
        self.assertEqual(route.name, "user")
        self.assertEqual(params, {"user_id": 42})

    def test_method_picks_the_right_route(self):
        route, _ = self.r.resolve("delete", "/users/7")
        self.assertEqual(route.name, "user_edit")

    def test_head_uses_get_route(self):
        route, _ = self.r.resolve("HEAD", "/posts/hello-world")
        self.assertEqual(route.name, "post")

    def test_path_converter_keeps_slashes(self):
        _, params = self.r.resolve("GET", "/files/a/b/c.txt")
        self.assertEqual(params, {"rest": "a/b/c.txt"})

    def test_methods_for(self):
        self.assertEqual(self.r.methods_for("/users/1"), ["DELETE", "GET", "HEAD", "PUT"])

    def test_bad_declarations(self):
        with self.assertRaises(RouteError):
            self.r.add("no-slash", h)
        with self.assertRaises(RouteError):
            self.r.add("/x/<bogus:y>", h)
        with self.assertRaises(RouteError):
            self.r.add("/again", h, name="home")


class MountAndUrlTests(unittest.TestCase):
    def setUp(self):
        self.api = Router()
        self.api.add("/items", h, name="items")
        self.api.add("/items/<int:item_id>", h, methods=("GET", "PATCH"), name="item")
        self.root = Router()
        self.root.add("/", h, name="home")
        self.root.include("/api/v1", self.api, name_prefix="api")

    def test_mounted_route_resolves(self):
        route, params = self.root.resolve("PATCH", "/api/v1/items/5")
        self.assertEqual(route.name, "item")
        self.assertEqual(params, {"item_id": 5})

    def test_url_for_mounted_and_query(self):
        self.assertEqual(self.root.url_for("api.item", item_id=9), "/api/v1/items/9")
        self.assertEqual(self.root.url_for("api.items", page=2), "/api/v1/items?page=2")
        self.assertEqual(self.root.url_for("home"), "/")

    def test_url_for_errors(self):
        with self.assertRaises(RouteError):
            self.root.url_for("api.item")
        with self.assertRaises(RouteError):
            self.root.url_for("nope")

    def test_names_and_len(self):
        self.assertEqual(self.root.names(), ["home", "api.items", "api.item"])
        self.assertIn("api.items", self.root)
        self.assertEqual(len(self.root), 3)

    def test_loose_slashes(self):
        r = Router(strict_slashes=False)
        r.add("/about", h, name="about")
        route, _ = r.resolve("GET", "/about/")
        self.assertEqual(route.name, "about")


if __name__ == "__main__":
    unittest.main()
