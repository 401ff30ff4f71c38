"""pkgres --index INDEX.json lock REQ... [-o FILE] | upgrades REQ... --lock FILE | why REQ... --target NAME"""

import argparse
import sys

from pkgres.index import Index, IndexError_
from pkgres.lockfile import format_lock, parse_lock
from pkgres.resolver import dependency_paths, explain_failure, resolve
from pkgres.upgrade import plan_upgrades
from pkgres.versions import VersionError


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = argparse.ArgumentParser(prog="pkgres")
    parser.add_argument("--index", required=True)
    sub = parser.add_subparsers(dest="command", required=True)
    lock = sub.add_parser("lock")
    lock.add_argument("requirements", nargs="+")
    lock.add_argument("-o", "--output")
    up = sub.add_parser("upgrades")
    up.add_argument("requirements", nargs="+")
    up.add_argument("--lock", required=True)
    why = sub.add_parser("why")
    why.add_argument("requirements", nargs="+")
    why.add_argument("--target", required=True)
    args = parser.parse_args(argv)
    try:
        index = Index.load(args.index)
        if args.command == "upgrades":
            with open(args.lock, encoding="utf-8") as fh:
                locked = parse_lock(fh.read())
            for name, version in plan_upgrades(args.requirements, index, locked).items():
                print(f"{name} {locked[name]} -> {version}", file=stdout)
            return 0
        pins = resolve(args.requirements, index)
    except (OSError, IndexError_, VersionError) as exc:
        print(f"pkgres: error: {exc}", file=stderr)
        return 2
    if pins is None:
        print("pkgres: resolution failed", file=stderr)
        print(explain_failure(args.requirements, index), file=stderr)
        return 1
    if args.command == "lock":
        text = format_lock(pins, args.requirements)
        if args.output:
            with open(args.output, "w", encoding="utf-8") as fh:
                fh.write(text)
        else:
            stdout.write(text)
        return 0
    for path in dependency_paths(pins, args.requirements, index, args.target):
        print(" -> ".join(path), file=stdout)
    return 0
