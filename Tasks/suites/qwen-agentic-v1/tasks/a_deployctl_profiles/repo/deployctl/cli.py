"""``deployctl`` command line.

    deployctl [--config FILE] show
    deployctl [--config FILE] validate
    deployctl [--config FILE] plan [--replicas N]
"""

import argparse
import sys

from .config import ConfigError, format_duration, load_config_file


def format_value(value):
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def cmd_show(config, args, out):
    for section, key, value in config.items():
        if key == "timeout":
            value = format_duration(value)
        out.write("%s.%s = %s\n" % (section, key, format_value(value)))
    return 0


def cmd_validate(config, args, out):
    out.write("configuration OK\n")
    return 0


def plan_steps(deploy, replicas=None):
    replicas = replicas or deploy["replicas"]
    target = deploy["target"]
    steps = []
    if deploy["strategy"] == "recreate":
        steps.append("stop all %d replicas of %s" % (replicas, target))
        steps.append("start %d new replicas of %s" % (replicas, target))
    elif deploy["strategy"] == "blue-green":
        steps.append("start %d green replicas of %s" % (replicas, target))
        steps.append("wait for %s (timeout %s)" % (deploy["health_url"], format_duration(deploy["timeout"])))
        steps.append("switch traffic to green")
        steps.append("stop %d blue replicas" % replicas)
    else:
        batch = min(deploy["max_unavailable"], replicas)
        done = 0
        while done < replicas:
            n = min(batch, replicas - done)
            steps.append("update replicas %d-%d of %d on %s" % (done + 1, done + n, replicas, target))
            done += n
    return steps


def cmd_plan(config, args, out):
    if args.replicas is not None and args.replicas < 1:
        raise ConfigError("--replicas must be at least 1")
    for number, step in enumerate(plan_steps(config.deploy, args.replicas), 1):
        out.write("%d. %s\n" % (number, step))
    notify = config.notify
    if notify["channel"] and (notify["on_success"] or notify["on_failure"]):
        when = [w for w, flag in (("success", notify["on_success"]), ("failure", notify["on_failure"])) if flag]
        out.write("notify %s on %s\n" % (notify["channel"], " and ".join(when)))
    return 0


def build_parser():
    parser = argparse.ArgumentParser(prog="deployctl")
    parser.add_argument("--config", default="deploy.ini", metavar="FILE",
                        help="configuration file (default: deploy.ini)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("show", help="print the effective configuration")
    sub.add_parser("validate", help="check the configuration and exit")
    plan = sub.add_parser("plan", help="print the deployment steps")
    plan.add_argument("--replicas", type=int, help="override the number of replicas")
    return parser


COMMANDS = {"show": cmd_show, "validate": cmd_validate, "plan": cmd_plan}


def main(argv=None, stdout=None, stderr=None):
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:
        return exc.code
    try:
        config = load_config_file(args.config)
        return COMMANDS[args.command](config, args, stdout)
    except ConfigError as exc:
        stderr.write("deployctl: %s\n" % exc)
        return 2
