"""Request/response objects and the dispatcher that ties them to a Router."""

import json
from urllib.parse import parse_qs

from .router import Router

REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    301: "Moved Permanently",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    500: "Internal Server Error",
}


class Request:
    def __init__(self, method, path, headers=None, body=b""):
        self.method = method.upper()
        path, _, query = path.partition("?")
        self.path = path or "/"
        self.query = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.body = body
        self.route = None
        self.params = {}

    def json(self):
        return json.loads(self.body.decode("utf-8") or "null")


class Response:
    def __init__(self, body=b"", status=200, headers=None, content_type="text/plain; charset=utf-8"):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.body = body
        self.status = status
        self.headers = dict(headers or {})
        self.headers.setdefault("Content-Type", content_type)

    @property
    def reason(self):
        return REASONS.get(self.status, "Unknown")

    @property
    def text(self):
        return self.body.decode("utf-8")

    @classmethod
    def json(cls, data, status=200):
        return cls(json.dumps(data, sort_keys=True), status=status, content_type="application/json")

    def __repr__(self):
        return "<Response %d %s>" % (self.status, self.reason)


def _coerce(result):
    if isinstance(result, Response):
        return result
    if isinstance(result, (dict, list)):
        return Response.json(result)
    if result is None:
        return Response(status=204)
    return Response(str(result))


class App:
    """Dispatches requests to handlers registered on a router.

    Handlers are called as ``handler(request, **params)`` and may return a
    Response, a str, a dict/list (sent as JSON) or None (204).
    """

    def __init__(self, router=None):
        self.router = router if router is not None else Router()
        self._error_handlers = {}

    def errorhandler(self, status):
        def decorator(fn):
            self._error_handlers[status] = fn
            return fn
        return decorator

    def _error(self, request, status, headers=None):
        handler = self._error_handlers.get(status)
        if handler is not None:
            response = _coerce(handler(request))
            response.status = status
        else:
            response = Response("%d %s" % (status, REASONS.get(status, "Error")), status=status)
        response.headers.update(headers or {})
        return response

    def dispatch(self, request):
        found = self.router.resolve(request.method, request.path)
        if found is None:
            return self._finish(request, self._error(request, 404))
        route, params = found
        request.route = route
        request.params = params
        try:
            response = _coerce(route.handler(request, **params))
        except Exception:  # a handler bug must not take the dispatcher down
            response = self._error(request, 500)
        return self._finish(request, response)

    def _finish(self, request, response):
        response.headers["Content-Length"] = str(len(response.body))
        if request.method == "HEAD":
            response.body = b""
        return response

    def __call__(self, method, path, **kwargs):
        return self.dispatch(Request(method, path, **kwargs))
