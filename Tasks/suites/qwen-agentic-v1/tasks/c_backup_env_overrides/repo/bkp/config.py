"""Loading and validating the configuration.

Precedence, lowest first: schema defaults, the TOML file, ``--set`` overrides.
"""

import os
import tomllib

from bkp.schema import FIELDS, SECTIONS, lookup, parse_duration

DEFAULT_PATH = "bkp.toml"
PATH_VARIABLE = "BKP_CONFIG"


class ConfigError(Exception):
    """A configuration problem. The message always names the offending setting."""


def check_value(field, value, origin):
    """Validate an already-typed value (as it comes from TOML) for `field`."""
    where = f"{field.dotted} ({origin})"
    kind = field.kind
    if kind == "bool":
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if kind in ("int", "duration"):
        if kind == "duration" and isinstance(value, str):
            seconds = parse_duration(value)
            if seconds is None:
                raise ConfigError(f"{where}: expected a duration like 30m or 6h, got {value!r}")
            value = seconds
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
        if field.minimum is not None and value < field.minimum:
            raise ConfigError(f"{where}: must be at least {field.minimum}, got {value}")
        return value
    if kind == "list":
        if isinstance(value, str) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
        return tuple(value)
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a string, got {value!r}")
    if field.choices and value not in field.choices:
        raise ConfigError(f"{where}: must be one of {', '.join(field.choices)}, got {value!r}")
    return value


def coerce_text(field, text, origin):
    """Convert a string given on the command line into a typed value, then validate it."""
    where = f"{field.dotted} ({origin})"
    kind = field.kind
    if kind == "bool":
        lowered = text.strip().lower()
        if lowered in ("1", "true", "yes", "on"):
            return True
        if lowered in ("0", "false", "no", "off"):
            return False
        raise ConfigError(f"{where}: expected yes or no, got {text!r}")
    if kind == "int":
        try:
            value = int(text.strip())
        except ValueError:
            raise ConfigError(f"{where}: expected an integer, got {text!r}") from None
        return check_value(field, value, origin)
    if kind == "list":
        return tuple(item.strip() for item in text.split(",") if item.strip())
    return check_value(field, text.strip() if kind == "duration" else text, origin)


def defaults():
    return {section: {f.name: f.default for f in FIELDS if f.section == section} for section in SECTIONS}


def read_file(path):
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(f"config file {path} not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def merge_file(settings, data, path):
    for section, table in data.items():
        if section not in SECTIONS or not isinstance(table, dict):
            raise ConfigError(f"{section} ({path}): unknown section")
        for name, value in table.items():
            field = lookup(section, name)
            if field is None:
                raise ConfigError(f"{section}.{name} ({path}): unknown setting")
            settings[section][name] = check_value(field, value, path)


def parse_assignment(text):
    """'storage.keep_daily=3' -> (field, '3')."""
    key, sep, value = text.partition("=")
    section, dot, name = key.strip().partition(".")
    if not sep or not dot:
        raise ConfigError(f"{text!r} (--set): expected SECTION.NAME=VALUE")
    field = lookup(section, name)
    if field is None:
        raise ConfigError(f"{key.strip()} (--set): unknown setting")
    return field, value


def resolve_path(path):
    if path:
        return path
    return os.environ.get(PATH_VARIABLE) or DEFAULT_PATH


def load_config(path=None, overrides=()):
    """Return the effective settings as {section: {name: value}}."""
    path = resolve_path(path)
    settings = defaults()
    merge_file(settings, read_file(path), path)
    for assignment in overrides:
        field, text = parse_assignment(assignment)
        settings[field.section][field.name] = coerce_text(field, text, "--set")
    for field in FIELDS:
        if field.required and settings[field.section][field.name] is None:
            raise ConfigError(f"{field.dotted}: required setting is missing")
    return settings
