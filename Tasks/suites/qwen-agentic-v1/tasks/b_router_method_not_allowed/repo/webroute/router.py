"""Route table: pattern compilation, matching, mounting and URL building.

A pattern is a path in which segments may be placeholders::

    /users/<int:user_id>/posts/<slug:slug>

``<name>`` alone uses the ``str`` converter (one segment, no slash).
"""

import re
from urllib.parse import quote, urlencode

from .converters import DEFAULT_CONVERTERS, ConversionError

_PLACEHOLDER = re.compile(r"<(?:(?P<conv>[a-z_][a-z0-9_]*):)?(?P<name>[A-Za-z_][A-Za-z0-9_]*)>")

KNOWN_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


class RouteError(Exception):
    """A route could not be declared or a URL could not be built."""


def _normalize_methods(methods):
    if isinstance(methods, str):
        methods = [methods]
    out = []
    for m in methods:
        m = m.upper()
        if m not in KNOWN_METHODS:
            raise RouteError("unknown HTTP method %r" % (m,))
        if m not in out:
            out.append(m)
    if not out:
        raise RouteError("a route needs at least one method")
    return tuple(out)


def _join(prefix, pattern):
    if not prefix:
        return pattern
    return prefix.rstrip("/") + "/" + pattern.lstrip("/") if pattern != "/" else prefix.rstrip("/") or "/"


class Route:
    """One pattern bound to a handler for a set of methods."""

    def __init__(self, pattern, handler, methods=("GET",), name=None, converters=None):
        if not pattern.startswith("/"):
            raise RouteError("pattern must start with '/': %r" % (pattern,))
        self.pattern = pattern
        self.handler = handler
        self.methods = _normalize_methods(methods)
        self.name = name or getattr(handler, "__name__", None)
        self._converters = dict(DEFAULT_CONVERTERS)
        if converters:
            self._converters.update(converters)
        self._params = []
        self._regex = self._compile(pattern)

    def _compile(self, pattern):
        parts = []
        pos = 0
        seen = set()
        for m in _PLACEHOLDER.finditer(pattern):
            parts.append(re.escape(pattern[pos:m.start()]))
            conv_name = m.group("conv") or "str"
            name = m.group("name")
            if name in seen:
                raise RouteError("duplicate placeholder %r in %r" % (name, pattern))
            seen.add(name)
            try:
                conv = self._converters[conv_name]()
            except KeyError:
                raise RouteError("unknown converter %r in %r" % (conv_name, pattern)) from None
            self._params.append((name, conv))
            parts.append("(?P<%s>%s)" % (name, conv.regex))
            pos = m.end()
        rest = pattern[pos:]
        if "<" in rest or ">" in rest:
            raise RouteError("malformed placeholder in %r" % (pattern,))
        parts.append(re.escape(rest))
        return re.compile("".join(parts))

    @property
    def param_names(self):
        return [name for name, _ in self._params]

    def match(self, path):
        """Return the converted parameters if ``path`` matches, else None."""
        m = self._regex.fullmatch(path)
        if m is None:
            return None
        params = {}
        for name, conv in self._params:
            try:
                params[name] = conv.to_python(m.group(name))
            except (ValueError, ConversionError):
                return None
        return params

    def allows(self, method):
        return method.upper() in self.methods

    def build(self, params):
        """Fill the pattern with ``params``; unknown keys become the query string."""
        params = dict(params)
        out = []
        pos = 0
        for m in _PLACEHOLDER.finditer(self.pattern):
            out.append(self.pattern[pos:m.start()])
            name = m.group("name")
            if name not in params:
                raise RouteError("missing parameter %r for route %r" % (name, self.name))
            conv = dict(self._params)[name]
            try:
                text = conv.to_url(params.pop(name))
            except ConversionError as exc:
                raise RouteError("bad value for %r: %s" % (name, exc)) from None
            out.append(quote(text, safe="/" if conv.name == "path" else ""))
            pos = m.end()
        out.append(self.pattern[pos:])
        url = "".join(out)
        if params:
            url += "?" + urlencode(sorted(params.items()))
        return url

    def __repr__(self):
        return "<Route %s %s name=%r>" % ("|".join(self.methods), self.pattern, self.name)


class Mount:
    """A sub-router attached under a path prefix."""

    def __init__(self, prefix, router, name_prefix=None):
        if not prefix.startswith("/") or prefix.endswith("/"):
            raise RouteError("mount prefix must start with '/' and not end with '/': %r" % (prefix,))
        self.prefix = prefix
        self.router = router
        self.name_prefix = name_prefix

    def strip(self, path):
        """Return the path relative to the prefix, or None if it is outside it."""
        if path == self.prefix:
            return "/"
        if path.startswith(self.prefix + "/"):
            return path[len(self.prefix):]
        return None


class Router:
    """An ordered collection of routes and mounted sub-routers.

    Routes are tried in the order they were added; the first route whose
    pattern matches *and* which accepts the method wins.  A HEAD request is
    served by a GET route when no route declares HEAD explicitly.
    """

    def __init__(self, converters=None, strict_slashes=True):
        self._routes = []
        self._mounts = []
        self._converters = dict(converters or {})
        self.strict_slashes = strict_slashes

    # -- declaring routes -------------------------------------------------

    def add(self, pattern, handler, methods=("GET",), name=None):
        route = Route(pattern, handler, methods=methods, name=name, converters=self._converters)
        if route.name is not None and any(r.name == route.name for r in self._routes):
            raise RouteError("duplicate route name %r" % (route.name,))
        self._routes.append(route)
        return route

    def route(self, pattern, methods=("GET",), name=None):
        def decorator(handler):
            self.add(pattern, handler, methods=methods, name=name)
            return handler
        return decorator

    def get(self, pattern, name=None):
        return self.route(pattern, methods=("GET",), name=name)

    def post(self, pattern, name=None):
        return self.route(pattern, methods=("POST",), name=name)

    def put(self, pattern, name=None):
        return self.route(pattern, methods=("PUT",), name=name)

    def delete(self, pattern, name=None):
        return self.route(pattern, methods=("DELETE",), name=name)

    def include(self, prefix, router, name_prefix=None):
        """Mount ``router`` under ``prefix``; its route names get ``name_prefix.``."""
        if router is self:
            raise RouteError("a router cannot be mounted inside itself")
        self._mounts.append(Mount(prefix, router, name_prefix))
        return router

    # -- matching ---------------------------------------------------------

    def _candidates(self, path):
        yield path
        if not self.strict_slashes and len(path) > 1 and path.endswith("/"):
            yield path.rstrip("/") or "/"

    def _match_own(self, method, path):
        for candidate in self._candidates(path):
            fallback = None
            for route in self._routes:
                params = route.match(candidate)
                if params is None:
                    continue
                if route.allows(method):
                    return route, params
                if method == "HEAD" and fallback is None and route.allows("GET"):
                    fallback = (route, params)
            if fallback is not None:
                return fallback
        return None

    def resolve(self, method, path):
        """Find the route for ``method`` and ``path``.

        Returns ``(route, params)`` or None when nothing matches.
        """
        method = method.upper()
        if not path.startswith("/"):
            path = "/" + path
        found = self._match_own(method, path)
        if found is not None:
            return found
        for mount in self._mounts:
            rest = mount.strip(path)
            if rest is None:
                continue
            found = mount.router.resolve(method, rest)
            if found is not None:
                return found
        return None

    # -- introspection and URL building ----------------------------------

    def iter_routes(self, prefix="", name_prefix=None):
        """Yield ``(methods, full_pattern, full_name, route)`` for every route, mounts included."""
        for route in self._routes:
            name = route.name
            if name is not None and name_prefix:
                name = name_prefix + "." + name
            yield route.methods, _join(prefix, route.pattern), name, route
        for mount in self._mounts:
            sub_prefix = _join(prefix, mount.prefix)
            if mount.name_prefix and name_prefix:
                sub_names = name_prefix + "." + mount.name_prefix
            else:
                sub_names = mount.name_prefix or name_prefix
            yield from mount.router.iter_routes(sub_prefix, sub_names)

    def find(self, name):
        """Return ``(full_pattern_prefix, route)`` for a (possibly dotted) route name."""
        for _methods, full, full_name, route in self.iter_routes():
            if full_name == name:
                return full[: len(full) - len(route.pattern)] if route.pattern != "/" else full, route
        raise RouteError("no route named %r" % (name,))

    def url_for(self, name, /, **params):
        """Build the path of the route called ``name``.

        >>> r = Router(); _ = r.add("/u/<int:uid>", lambda req, uid: "", name="user")
        >>> r.url_for("user", uid=3, tab="posts")
        '/u/3?tab=posts'
        """
        prefix, route = self.find(name)
        url = route.build(params)
        if route.pattern == "/":
            return prefix if prefix else "/"
        return prefix.rstrip("/") + url

    def methods_for(self, path):
        """All methods any route accepts for ``path`` (mounts included), sorted."""
        methods = set()
        for route in self._routes:
            if route.match(path) is not None:
                methods.update(route.methods)
        for mount in self._mounts:
            rest = mount.strip(path)
            if rest is not None:
                methods.update(mount.router.methods_for(rest))
        if "GET" in methods:
            methods.add("HEAD")
        return sorted(methods)

    def names(self):
        """Every full route name, in declaration order (unnamed routes skipped)."""
        return [name for _m, _p, name, _r in self.iter_routes() if name is not None]

    def __contains__(self, name):
        return name in self.names()

    def __len__(self):
        return sum(1 for _ in self.iter_routes())

    def __repr__(self):
        return "<Router %d routes, %d mounts>" % (len(self._routes), len(self._mounts))
