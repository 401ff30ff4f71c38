"""``todo [--file todo.txt] list|add|done ...``"""

import argparse
import sys
from datetime import date

from .model import ParseError, parse_line
from .query import select
from .store import TodoFile


def build_parser():
    parser = argparse.ArgumentParser(prog="todo")
    parser.add_argument("--file", default="todo.txt")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="pretend today is this date (YYYY-MM-DD)")
    sub = parser.add_subparsers(dest="command", required=True)
    ls = sub.add_parser("list", help="show tasks")
    ls.add_argument("words", nargs="*", help="only tasks containing this text")
    ls.add_argument("--project", "-p")
    ls.add_argument("--context", "-c")
    ls.add_argument("--priority")
    ls.add_argument("--all", "-a", action="store_true", help="include finished tasks")
    ls.add_argument("--sort", choices=["priority", "number"], default="priority")
    add = sub.add_parser("add", help="add a task")
    add.add_argument("words", nargs="+")
    done = sub.add_parser("done", help="mark tasks as finished")
    done.add_argument("numbers", nargs="+", type=int)
    return parser


def cmd_list(todo, args, out, today):
    rows = select(todo.tasks, sort=args.sort, project=args.project, context=args.context,
                  priority=args.priority, text=" ".join(args.words) or None, show_done=args.all)
    for number, task in rows:
        out.write("%3d %s\n" % (number, task.to_line()))
    out.write("-- %d of %d tasks\n" % (len(rows), len(todo.tasks)))
    return 0


def cmd_add(todo, args, out, today):
    task = parse_line(" ".join(args.words))
    if task.created is None:
        task.created = today
    number = todo.add(task)
    todo.save()
    out.write("added %d: %s\n" % (number, task.to_line()))
    return 0


def cmd_done(todo, args, out, today):
    for number in args.numbers:
        try:
            task = todo.get(number)
        except KeyError:
            out.write("no task %d\n" % number)
            return 1
        if not task.done:
            task.complete(today)
    todo.save()
    out.write("done: %s\n" % ", ".join(str(n) for n in args.numbers))
    return 0


COMMANDS = {"list": cmd_list, "add": cmd_add, "done": cmd_done}


def main(argv=None, out=None):
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    today = args.today or date.today()
    todo = TodoFile(args.file)
    try:
        return COMMANDS[args.command](todo, args, out, today)
    except ParseError as exc:
        out.write("error: %s\n" % exc)
        return 2


if __name__ == "__main__":
    sys.exit(main())
