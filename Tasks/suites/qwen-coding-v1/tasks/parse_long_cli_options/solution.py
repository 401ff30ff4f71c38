import re

_NAME = re.compile(r"[a-z][a-z0-9-]*")


def parse_long_options(args: list[str]) -> tuple[dict[str, object], list[str]]:
    opts = {}
    pos = []
    it = iter(args)
    for arg in it:
        if arg == "--":
            pos.extend(it)
            break
        if not arg.startswith("--"):
            pos.append(arg)
            continue
        body = arg[2:]
        if "=" in body:
            name, _, value = body.partition("=")
            if not _NAME.fullmatch(name):
                raise ValueError("bad option name: %r" % arg)
            opts[name] = value
        elif body.startswith("no-"):
            name = body[3:]
            if not _NAME.fullmatch(name):
                raise ValueError("bad option name: %r" % arg)
            opts[name] = False
        else:
            if not _NAME.fullmatch(body):
                raise ValueError("bad option name: %r" % arg)
            opts[body] = True
    return opts, pos
