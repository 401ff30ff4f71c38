"""Parse BUILD files.

    # comments start with '#'
    target http
      kind library
      srcs http.c, http.h
      deps //lib/base, :socket
      deps //third_party/zlib      # several deps lines add up

    target socket
      srcs socket.c

Properties are indented under their target. `kind` defaults to library.
"""

from forge.labels import LabelError, parse_label
from forge.model import KINDS, Target

LIST_PROPERTIES = ("srcs", "deps", "tags")
SINGLE_PROPERTIES = ("kind", "cmd")


class BuildFileError(ValueError):
    pass


def _split_list(value):
    return [item.strip() for item in value.split(",") if item.strip()]


def _make_target(package, name, props, lineno):
    kwargs = {}
    if "kind" in props:
        if props["kind"] not in KINDS:
            raise BuildFileError(f"line {lineno}: unknown kind {props['kind']!r}")
        kwargs["kind"] = props["kind"]
    if "srcs" in props:
        kwargs["srcs"] = props["srcs"]
    if "deps" in props:
        try:
            kwargs["deps"] = [parse_label(d, package) for d in props["deps"]]
        except LabelError as exc:
            raise BuildFileError(f"line {lineno}: {exc}") from None
    if "tags" in props:
        kwargs["tags"] = props["tags"]
    if "cmd" in props:
        kwargs["cmd"] = props["cmd"]
    if kwargs.get("kind") == "genrule" and not kwargs.get("cmd"):
        raise BuildFileError(f"line {lineno}: genrule {name!r} needs a cmd")
    try:
        label = parse_label(":" + name, package)
    except LabelError as exc:
        raise BuildFileError(f"line {lineno}: {exc}") from None
    return Target(label, **kwargs)


def parse_build_file(text, package):
    """Return {name: Target} for the BUILD file of `package`."""
    targets = {}
    current = None  # (name, props, lineno)

    def finish():
        if current is not None:
            name, props, lineno = current
            targets[name] = _make_target(package, name, props, lineno)

    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line[0].isspace():
            keyword, _, name = line.partition(" ")
            name = name.strip()
            if keyword != "target" or not name:
                raise BuildFileError(f"line {lineno}: expected 'target NAME'")
            if name in targets or (current and current[0] == name):
                raise BuildFileError(f"line {lineno}: target {name!r} defined twice")
            finish()
            current = (name, {}, lineno)
            continue
        if current is None:
            raise BuildFileError(f"line {lineno}: property outside a target")
        key, _, value = line.strip().partition(" ")
        value = value.strip()
        props = current[1]
        if key in LIST_PROPERTIES:
            props.setdefault(key, []).extend(_split_list(value))
        elif key in SINGLE_PROPERTIES:
            if key in props:
                raise BuildFileError(f"line {lineno}: {key} given twice")
            props[key] = value
        else:
            raise BuildFileError(f"line {lineno}: unknown property {key!r}")
    finish()
    return targets
