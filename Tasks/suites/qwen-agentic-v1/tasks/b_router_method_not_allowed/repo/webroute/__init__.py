"""webroute: a tiny request router and dispatcher with no server attached."""

from .router import Route, Router, RouteError
from .app import App, Request, Response

__all__ = ["Route", "Router", "RouteError", "App", "Request", "Response"]
