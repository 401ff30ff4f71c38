"""Command-line entry point."""

import argparse
import sys

from mdlint import __version__
from mdlint.config import ConfigError, _parse_codes, build_settings
from mdlint.rules import lint_text


def positive_int(text):
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an integer, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return value


def rule_list(text):
    try:
        return _parse_codes("--disable", text)
    except ConfigError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser():
    parser = argparse.ArgumentParser(prog="mdlint", description="Lint Markdown files.")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--config", metavar="FILE", help="read settings from FILE (default: .mdlint.ini)")
    parser.add_argument("--max-line-length", type=positive_int, metavar="N",
                        help="maximum line length (default: 100)")
    parser.add_argument("--disable", type=rule_list, metavar="RULES",
                        help="comma-separated rule codes to skip")
    parser.add_argument("--version", action="version", version=f"mdlint {__version__}")
    return parser


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)

    def warn(message):
        print(f"mdlint: warning: {message}", file=stderr)

    try:
        settings = build_settings(
            args.config,
            {"max_line_length": args.max_line_length, "disable": args.disable},
            warn,
        )
    except ConfigError as exc:
        print(f"mdlint: error: {exc}", file=stderr)
        return 2

    status = 0
    for path in args.files:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            print(f"mdlint: error: {path}: {exc.strerror}", file=stderr)
            status = 2
            continue
        for finding in lint_text(text, settings):
            print(finding.format(path), file=stdout)
            status = max(status, 1)
    return status
