"""Layered configuration loading.

Layers, lowest priority first:

1. built-in defaults (``DEFAULTS``)
2. ``<config_dir>/base.conf``                  (optional)
3. ``<config_dir>/<profile>.conf``             (required when a profile is named)
4. environment variables ``APP_SECTION__KEY=value``
5. explicit overrides ``"section.key=value"`` (e.g. from the command line)

Nested tables are merged key by key; a key written ``name+`` appends its
list to the list of the same name from the lower layers; anything else
replaces the lower value.  Strings may refer to other settings with
``${section.key}``.
"""

import functools
import os
import re

from .syntax import ConfigSyntaxError, parse_text, parse_value

DEFAULTS = {
    "app": {"name": "app", "debug": False, "plugins": ["core"]},
    "server": {"host": "127.0.0.1", "port": 8000, "workers": 2, "timeout": 30.0},
    "database": {"url": "sqlite:///app.db", "echo": False, "pool": {"size": 5, "timeout": 10.0}},
    "logging": {"level": "INFO", "handlers": ["console"]},
}

# Expected type of each known setting.  Settings outside these sections are
# free-form; inside them, unknown keys are an error (they are usually typos).
SCHEMA = {
    "app.name": str,
    "app.debug": bool,
    "app.plugins": list,
    "server.host": str,
    "server.port": int,
    "server.workers": int,
    "server.timeout": float,
    "database.url": str,
    "database.echo": bool,
    "database.pool.size": int,
    "database.pool.timeout": float,
    "logging.level": str,
    "logging.handlers": list,
}
CHECKED_SECTIONS = ("app", "server", "database", "logging")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")

_INTERP_RE = re.compile(r"\$\{([A-Za-z0-9_.\-]+)\}")


class ConfigError(Exception):
    """The configuration is invalid (bad type, unknown key, missing file...)."""


# -- reading files -----------------------------------------------------------

@functools.lru_cache(maxsize=64)
def _read_file(path, mtime_ns):
    # mtime is part of the key so that an edited file is read again
    with open(path, encoding="utf-8") as fh:
        return parse_text(fh.read(), path)


def read_file(path):
    """Parsed content of a config file (cached until the file changes)."""
    path = os.path.abspath(path)
    try:
        mtime = os.stat(path).st_mtime_ns
    except FileNotFoundError:
        raise ConfigError("config file not found: %s" % path) from None
    try:
        return _read_file(path, mtime)
    except ConfigSyntaxError as exc:
        raise ConfigError(str(exc)) from None


# -- merging -----------------------------------------------------------------

def _merge_into(target, override, prefix, origins, layer):
    for key, value in override.items():
        if key.endswith("+"):
            name = key[:-1]
            dotted = prefix + name
            existing = target.get(name)
            if existing is None:
                target[name] = value
            elif not isinstance(existing, list):
                raise ConfigError("%s: cannot append to %s, it is not a list" % (layer, dotted))
            else:
                existing.extend(value)
            origins[dotted] = layer
            continue
        dotted = prefix + key
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge_into(target[key], value, dotted + ".", origins, layer)
        elif isinstance(value, dict) and key in target:
            raise ConfigError("%s: %s is a value, not a section" % (layer, dotted))
        else:
            if isinstance(target.get(key), dict):
                raise ConfigError("%s: %s is a section, not a value" % (layer, dotted))
            target[key] = value
            _record(origins, dotted, value, layer)


def _record(origins, dotted, value, layer):
    if isinstance(value, dict):
        for key, sub in value.items():
            _record(origins, dotted + "." + key.rstrip("+"), sub, layer)
    else:
        origins[dotted] = layer


def deep_merge(base, override, origins=None, layer="override"):
    """Return ``base`` with ``override`` merged on top (see module docstring).

    ``origins``, when given, is a dict updated with ``dotted key -> layer``
    for every value the override sets.
    """
    result = dict(base)  # work on a copy: the caller's dict stays as it was
    _merge_into(result, override, "", origins if origins is not None else {}, layer)
    return result


# -- environment and overrides -----------------------------------------------

def _coerce(text):
    try:
        return parse_value(text)
    except ValueError:
        return text  # bare words are taken as strings


def env_layer(environ, prefix="APP_"):
    """``APP_SERVER__PORT=9000`` -> ``{"server": {"port": 9000}}``."""
    layer = {}
    for name in sorted(environ):
        if not name.startswith(prefix) or "__" not in name[len(prefix):]:
            continue
        parts = [p.lower() for p in name[len(prefix):].split("__")]
        if not all(parts):
            continue
        table = layer
        for part in parts[:-1]:
            table = table.setdefault(part, {})
        table[parts[-1]] = _coerce(environ[name])
    return layer


def override_layer(items):
    """``["server.port=9000", "app.plugins+=[\\"x\\"]"]`` -> nested dict."""
    layer = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise ConfigError("override %r must look like section.key=value" % (item,))
        parts = key.split(".")
        table = layer
        for part in parts[:-1]:
            table = table.setdefault(part, {})
            if not isinstance(table, dict):
                raise ConfigError("override %r clashes with another override" % (item,))
        table[parts[-1]] = _coerce(value.strip())
    return layer


# -- post-processing ---------------------------------------------------------

def _lookup(tree, dotted):
    node = tree
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(dotted)
        node = node[part]
    return node


def _interpolate(tree, root, seen=()):
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out[key] = _interpolate(value, root, seen)
        elif isinstance(value, str):
            out[key] = _expand(value, root, seen)
        elif isinstance(value, list):
            out[key] = [_expand(v, root, seen) if isinstance(v, str) else v for v in value]
        else:
            out[key] = value
    return out


def _expand(text, root, seen):
    def repl(m):
        ref = m.group(1)
        if ref in seen:
            raise ConfigError("circular reference through ${%s}" % ref)
        try:
            value = _lookup(root, ref)
        except KeyError:
            raise ConfigError("unknown setting ${%s}" % ref) from None
        if isinstance(value, (dict, list)):
            raise ConfigError("${%s} is not a single value" % ref)
        return _expand(str(value), root, seen + (ref,)) if isinstance(value, str) else str(value)
    return _INTERP_RE.sub(repl, text)


def _flatten(tree, prefix=""):
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from _flatten(value, prefix + key + ".")
        else:
            yield prefix + key, value


def validate(tree):
    """Check types against SCHEMA; ints are accepted (and converted) for floats."""
    problems = []
    for dotted, value in _flatten(tree):
        section = dotted.split(".", 1)[0]
        expected = SCHEMA.get(dotted)
        if expected is None:
            if section in CHECKED_SECTIONS:
                problems.append("unknown setting %s" % dotted)
            continue
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            continue
        if expected is int and isinstance(value, bool):
            problems.append("%s must be %s, not %r" % (dotted, expected.__name__, value))
        elif not isinstance(value, expected):
            problems.append("%s must be %s, not %r" % (dotted, expected.__name__, value))
    level = tree.get("logging", {}).get("level")
    if isinstance(level, str) and level.upper() not in LOG_LEVELS:
        problems.append("logging.level must be one of %s" % ", ".join(LOG_LEVELS))
    if problems:
        raise ConfigError("; ".join(problems))
    for section, key in (("server", "timeout"), ("database.pool", "timeout")):
        node = _lookup(tree, section)
        if isinstance(node.get(key), int):
            node[key] = float(node[key])
    return tree


# -- public API --------------------------------------------------------------

class Config:
    """The merged settings; ``cfg["server.port"]`` or ``cfg.get("server.port", 0)``."""

    def __init__(self, data, origins, profile=None):
        self.data = data
        self.origins = origins
        self.profile = profile

    def __getitem__(self, dotted):
        try:
            return _lookup(self.data, dotted)
        except KeyError:
            raise KeyError(dotted) from None

    def get(self, dotted, default=None):
        try:
            return self[dotted]
        except KeyError:
            return default

    def section(self, name):
        value = self[name]
        if not isinstance(value, dict):
            raise KeyError("%s is not a section" % name)
        return value

    def explain(self, dotted):
        """Which layer set ``dotted`` ("defaults", a file path, "environment", "overrides")."""
        self[dotted]
        return self.origins.get(dotted, "defaults")

    def flat(self):
        return dict(_flatten(self.data))

    def __repr__(self):
        return "<Config profile=%r>" % (self.profile,)


def load_config(config_dir=None, profile=None, environ=None, overrides=(), env_prefix="APP_"):
    """Build the Config for ``profile`` from every layer."""
    origins = {}
    data = DEFAULTS
    if config_dir is not None:
        base = os.path.join(config_dir, "base.conf")
        if os.path.exists(base):
            data = deep_merge(data, read_file(base), origins, base)
        if profile:
            path = os.path.join(config_dir, profile + ".conf")
            if not os.path.exists(path):
                raise ConfigError("no config file for profile %r (%s)" % (profile, path))
            data = deep_merge(data, read_file(path), origins, path)
    elif profile:
        raise ConfigError("a profile needs a config directory")
    if environ:
        data = deep_merge(data, env_layer(environ, env_prefix), origins, "environment")
    if overrides:
        data = deep_merge(data, override_layer(overrides), origins, "overrides")
    data = validate(_interpolate(data, data))
    return Config(data, origins, profile)
