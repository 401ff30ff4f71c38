"""Loading job definitions from INI-style files.

Example::

    [nightly-backup]
    schedule = 30 2 * * *
    command = backup.sh --full
    skip_months = dec
    skip_weekdays = sat,sun
"""

import configparser

from .scheduler import Job, Scheduler
from .spec import SpecError, parse_name_list, parse_spec


class ConfigError(Exception):
    pass


def _build_job(name, section):
    if "schedule" not in section:
        raise ConfigError("job %r has no schedule" % name)
    try:
        spec = parse_spec(section["schedule"])
        if section.get("skip_months"):
            spec.skip_months(parse_name_list(section["skip_months"], "month"))
        if section.get("skip_weekdays"):
            spec.skip_weekdays(parse_name_list(section["skip_weekdays"], "weekday"))
    except SpecError as exc:
        raise ConfigError("job %r: %s" % (name, exc)) from exc
    return Job(name, spec, section.get("command", ""))


def load_jobs_from_string(text):
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    jobs = [_build_job(name, parser[name]) for name in parser.sections()]
    return Scheduler(jobs)


def load_jobs(path):
    with open(path, encoding="utf-8") as fh:
        return load_jobs_from_string(fh.read())
