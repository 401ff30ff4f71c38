"""layered: configuration from defaults, files, environment and overrides."""

from .loader import Config, ConfigError, deep_merge, load_config
from .syntax import ConfigSyntaxError, parse_text

__all__ = ["Config", "ConfigError", "deep_merge", "load_config", "ConfigSyntaxError", "parse_text"]
