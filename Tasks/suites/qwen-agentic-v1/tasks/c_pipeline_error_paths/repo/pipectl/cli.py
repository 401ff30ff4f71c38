"""pipectl command line: validate, lint or plan a pipeline file."""

import argparse
import sys

from pipectl.loader import PipelineError, lint, load_pipeline


def build_parser():
    parser = argparse.ArgumentParser(prog="pipectl")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in [("validate", "check a pipeline file"),
                       ("lint", "check a pipeline file and print warnings"),
                       ("plan", "print the stages in execution order")]:
        p = sub.add_parser(name, help=text)
        p.add_argument("files", nargs="+", metavar="FILE")
    return parser


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    args = build_parser().parse_args(argv)
    status = 0
    for path in args.files:
        try:
            pipeline = load_pipeline(path)
        except OSError as exc:
            print(f"{path}: error: {exc.strerror}", file=stderr)
            status = 2
            continue
        except PipelineError as exc:
            print(f"{path}: error: {exc}", file=stderr)
            status = max(status, 1)
            continue
        if args.command == "validate":
            print(f"{path}: ok ({len(pipeline.jobs)} jobs)", file=stdout)
        elif args.command == "lint":
            for warning in lint(pipeline):
                print(f"{path}: warning: {warning}", file=stdout)
        else:
            for number, stage in enumerate(pipeline.stages(), 1):
                print(f"stage {number}: {', '.join(stage)}", file=stdout)
    return status
