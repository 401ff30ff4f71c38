"""Command line helpers: ``python -m webroute.cli --app pkg.mod:router routes|match|url``."""

import argparse
import importlib
import sys

from .app import App
from .router import RouteError


def load(spec):
    module_name, _, attr = spec.partition(":")
    obj = importlib.import_module(module_name)
    for part in (attr or "router").split("."):
        obj = getattr(obj, part)
    if isinstance(obj, App):
        obj = obj.router
    return obj


def cmd_routes(router, args, out):
    rows = [(",".join(methods), pattern, name or "-") for methods, pattern, name, _ in router.iter_routes()]
    width = max([len(r[0]) for r in rows] + [7])
    for methods, pattern, name in rows:
        out.write("%-*s  %s  (%s)\n" % (width, methods, pattern, name))
    return 0


def cmd_match(router, args, out):
    found = router.resolve(args.method, args.path)
    if found is None:
        out.write("no route matches %s %s\n" % (args.method.upper(), args.path))
        return 1
    route, params = found
    out.write("%s -> %s\n" % (route.pattern, route.name))
    for key in sorted(params):
        out.write("  %s = %r\n" % (key, params[key]))
    return 0


def cmd_url(router, args, out):
    params = {}
    for item in args.params:
        key, sep, value = item.partition("=")
        if not sep:
            out.write("bad parameter %r (expected key=value)\n" % (item,))
            return 2
        params[key] = int(value) if value.lstrip("-").isdigit() else value
    try:
        out.write(router.url_for(args.name, **params) + "\n")
    except RouteError as exc:
        out.write("error: %s\n" % (exc,))
        return 1
    return 0


def build_parser():
    parser = argparse.ArgumentParser(prog="webroute")
    parser.add_argument("--app", help="module:attribute of a Router or App")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("routes", help="list every route")
    p = sub.add_parser("match", help="show which route serves a request")
    p.add_argument("method")
    p.add_argument("path")
    p = sub.add_parser("url", help="build the URL of a named route")
    p.add_argument("name")
    p.add_argument("params", nargs="*")
    return parser


COMMANDS = {"routes": cmd_routes, "match": cmd_match, "url": cmd_url}


def main(argv=None, router=None, out=None):
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    if router is None:
        if not args.app:
            out.write("error: --app is required\n")
            return 2
        router = load(args.app)
    return COMMANDS[args.command](router, args, out)


if __name__ == "__main__":
    sys.exit(main())
