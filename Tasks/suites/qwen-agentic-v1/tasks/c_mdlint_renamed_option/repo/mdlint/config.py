"""Settings: defaults, overridden by the configuration file, overridden by the command line."""

import configparser
import os
from dataclasses import dataclass, field

DEFAULT_FILE = ".mdlint.ini"
SECTION = "mdlint"


class ConfigError(Exception):
    pass


@dataclass
class Settings:
    max_line_length: int = 100
    disable: frozenset = field(default_factory=frozenset)
    allow_trailing_whitespace: bool = False


def _parse_int(key, value):
    try:
        number = int(value)
    except ValueError:
        raise ConfigError(f"{key}: expected an integer, got {value!r}") from None
    if number <= 0:
        raise ConfigError(f"{key}: must be positive, got {number}")
    return number


def _parse_bool(key, value):
    lowered = value.strip().lower()
    if lowered in ("1", "yes", "true", "on"):
        return True
    if lowered in ("0", "no", "false", "off"):
        return False
    raise ConfigError(f"{key}: expected yes/no, got {value!r}")


def _parse_codes(key, value):
    from mdlint.rules import RULES

    codes = frozenset(c.strip().upper() for c in value.split(",") if c.strip())
    unknown = sorted(codes - set(RULES))
    if unknown:
        raise ConfigError(f"{key}: unknown rule(s) {', '.join(unknown)}")
    return codes


PARSERS = {
    "max_line_length": _parse_int,
    "disable": _parse_codes,
    "allow_trailing_whitespace": _parse_bool,
}


def read_config(path, warn):
    """Return a dict of settings read from the INI file at `path`."""
    parser = configparser.ConfigParser()
    try:
        with open(path, encoding="utf-8") as fh:
            parser.read_file(fh)
    except configparser.Error as exc:
        raise ConfigError(f"{path}: {exc}") from None
    if not parser.has_section(SECTION):
        return {}
    values = {}
    for key, raw in parser.items(SECTION):
        if key not in PARSERS:
            warn(f"{path}: ignoring unknown setting {key!r}")
            continue
        values[key] = PARSERS[key](key, raw)
    return values


def build_settings(config_path=None, overrides=None, warn=None):
    """Combine defaults, the config file and command-line overrides into a Settings object."""
    warn = warn or (lambda message: None)
    settings = Settings()
    if config_path is None and os.path.exists(DEFAULT_FILE):
        config_path = DEFAULT_FILE
    if config_path is not None:
        for key, value in read_config(config_path, warn).items():
            setattr(settings, key, value)
    for key, value in (overrides or {}).items():
        if value is not None:
            setattr(settings, key, value)
    return settings
