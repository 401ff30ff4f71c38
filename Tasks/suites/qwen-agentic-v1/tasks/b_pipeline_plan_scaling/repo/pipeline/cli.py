"""``pipeline FILE order|stages|critical|needs JOB...|affected JOB``"""

import argparse
import sys

from .graph import GraphError
from .spec import parse_pipeline


def build_parser():
    parser = argparse.ArgumentParser(prog="pipeline")
    parser.add_argument("file")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("order")
    sub.add_parser("stages")
    sub.add_parser("critical")
    p = sub.add_parser("needs")
    p.add_argument("targets", nargs="+")
    p = sub.add_parser("affected")
    p.add_argument("job")
    return parser


def main(argv=None, out=None, text=None):
    """``text`` replaces reading FILE (handy for tests)."""
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        if text is None:
            with open(args.file, encoding="utf-8") as fh:
                text = fh.read()
        graph = parse_pipeline(text)
        if args.command == "order":
            out.write("\n".join(graph.order()) + "\n")
        elif args.command == "stages":
            for i, stage in enumerate(graph.stages()):
                out.write("%d: %s\n" % (i, " ".join(stage)))
        elif args.command == "critical":
            total, path = graph.critical_path()
            out.write("%g: %s\n" % (total, " -> ".join(path)))
        elif args.command == "needs":
            out.write("\n".join(graph.required_for(args.targets)) + "\n")
        else:
            out.write("\n".join(graph.downstream(args.job)) + "\n")
    except (GraphError, OSError) as exc:
        out.write("error: %s\n" % exc)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
