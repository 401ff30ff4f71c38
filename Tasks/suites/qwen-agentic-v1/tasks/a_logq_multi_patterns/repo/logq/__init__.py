"""logq - query application log files from the command line."""

__version__ = "1.4.0"
