"""forge [--root DIR] order|deps|rdeps|tests LABEL..."""

import argparse
import os
import sys

from forge.graph import GraphError, Workspace
from forge.labels import LabelError, parse_label


def _all_labels(workspace, root):
    labels = []
    for dirpath, _, files in os.walk(root):
        if "BUILD" in files:
            package = os.path.relpath(dirpath, root).replace(os.sep, "/")
            for target in workspace.package(package).values():
                labels.append(target.label)
    return sorted(labels)


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="forge")
    parser.add_argument("--root", default=".", help="workspace root (default: .)")
    parser.add_argument("command", choices=("order", "deps", "rdeps", "tests"))
    parser.add_argument("labels", nargs="+", metavar="LABEL")
    args = parser.parse_args(argv)
    workspace = Workspace(root=args.root)
    try:
        labels = [parse_label(text) for text in args.labels]
        if args.command == "order":
            result = workspace.build_order(labels)
        elif args.command == "deps":
            result = sorted({d for label in labels for d in workspace.transitive_deps(label)})
        else:
            universe = _all_labels(workspace, args.root)
            finder = workspace.reverse_deps if args.command == "rdeps" else workspace.tests_for
            result = sorted({d for label in labels for d in finder(label, universe)})
    except (LabelError, GraphError) as exc:
        print(f"forge: error: {exc}", file=stderr)
        return 1
    for label in result:
        print(label, file=stdout)
    return 0
