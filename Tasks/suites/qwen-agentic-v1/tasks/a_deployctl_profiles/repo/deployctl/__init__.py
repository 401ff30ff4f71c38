"""deployctl - plan deployments from an INI configuration file."""

from .config import Config, ConfigError, load_config

__all__ = ["Config", "ConfigError", "load_config"]
