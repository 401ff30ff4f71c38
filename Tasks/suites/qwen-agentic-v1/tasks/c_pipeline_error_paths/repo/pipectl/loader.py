"""Parse and validate a pipeline description (JSON) into pipectl.model objects.

Format (version 2)::

    {
      "version": 2,
      "defaults": {"image": "python:3.12", "timeout": "10m", "retries": 0},
      "env": {"PIP_CACHE_DIR": ".cache/pip"},
      "jobs": {
        "test": {
          "needs": ["build"],
          "matrix": {"python": ["3.11", "3.12"]},
          "steps": [
            {"uses": "checkout"},
            {"run": "make test", "name": "unit tests", "timeout": "5m"}
          ]
        }
      }
    }
"""

import itertools
import json
import re

from pipectl.model import Job, Pipeline, Step

SUPPORTED_VERSION = 2
MAX_RETRIES = 5
ACTIONS = {
    "checkout": set(),
    "cache": {"key", "paths"},
    "upload": {"name", "paths"},
    "download": {"name"},
}
WHEN_VALUES = ("on_success", "on_failure", "always", "manual")

TOP_KEYS = {"version", "defaults", "env", "jobs"}
DEFAULT_KEYS = {"image", "timeout", "retries"}
JOB_KEYS = {"image", "needs", "timeout", "retries", "when", "env", "matrix", "steps"}
STEP_KEYS = {"name", "run", "uses", "with", "timeout", "allow_failure", "env"}

JOB_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")
ENV_NAME = re.compile(r"^[A-Z_][A-Z0-9_]*$")
MATRIX_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
DURATION = re.compile(r"^(\d+)(s|m|h)$")
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600}

BUILTIN_DEFAULTS = {"image": "alpine:3", "timeout": "10m", "retries": 0}


class PipelineError(Exception):
    """The pipeline description is invalid."""


# ---------------------------------------------------------------- scalars

def expect_mapping(value, what="an object"):
    if not isinstance(value, dict):
        raise PipelineError(f"expected {what}, got {type(value).__name__}")
    return value


def expect_list(value):
    if not isinstance(value, list):
        raise PipelineError(f"expected a list, got {type(value).__name__}")
    return value


def expect_string(value):
    if not isinstance(value, str) or not value.strip():
        raise PipelineError(f"expected a non-empty string, got {value!r}")
    return value


def expect_bool(value):
    if not isinstance(value, bool):
        raise PipelineError(f"expected true or false, got {value!r}")
    return value


def parse_duration(value):
    """'90s' -> 90, '10m' -> 600, '2h' -> 7200; a bare integer means seconds."""
    if isinstance(value, int) and not isinstance(value, bool):
        seconds = value
    elif isinstance(value, str) and DURATION.match(value.strip()):
        number, unit = DURATION.match(value.strip()).groups()
        seconds = int(number) * UNIT_SECONDS[unit]
    else:
        raise PipelineError(f"expected a duration like '90s' or '10m', got {value!r}")
    if seconds <= 0:
        raise PipelineError(f"duration must be positive, got {value!r}")
    return seconds


def parse_retries(value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise PipelineError(f"expected an integer, got {value!r}")
    if not 0 <= value <= MAX_RETRIES:
        raise PipelineError(f"retries must be between 0 and {MAX_RETRIES}, got {value}")
    return value


def check_keys(mapping, allowed):
    for key in mapping:
        if key not in allowed:
            raise PipelineError(f"unknown key {key!r}")


def parse_env(value):
    env = {}
    for name, text in expect_mapping(value).items():
        if not ENV_NAME.match(name):
            raise PipelineError(f"invalid environment variable name {name!r}")
        if isinstance(text, bool) or not isinstance(text, (str, int, float)):
            raise PipelineError(f"environment value must be a string or number, got {text!r}")
        env[name] = str(text)
    return env


# ---------------------------------------------------------------- structure

def parse_defaults(raw):
    raw = expect_mapping(raw)
    check_keys(raw, DEFAULT_KEYS)
    defaults = dict(BUILTIN_DEFAULTS)
    defaults.update(raw)
    return defaults


def parse_step(raw, index, job_timeout):
    raw = expect_mapping(raw)
    check_keys(raw, STEP_KEYS)
    has_run, has_uses = "run" in raw, "uses" in raw
    if has_run == has_uses:
        raise PipelineError("a step needs exactly one of 'run' or 'uses'")
    run = uses = None
    with_ = {}
    if has_run:
        run = expect_string(raw["run"])
        if "with" in raw:
            raise PipelineError("'with' is only allowed together with 'uses'")
        name = run.splitlines()[0][:40]
    else:
        uses = expect_string(raw["uses"])
        if uses not in ACTIONS:
            raise PipelineError(f"unknown action {uses!r} (known: {', '.join(sorted(ACTIONS))})")
        with_ = expect_mapping(raw.get("with", {}))
        for key in with_:
            if key not in ACTIONS[uses]:
                raise PipelineError(f"action {uses!r} has no input {key!r}")
        name = uses
    if "name" in raw:
        name = expect_string(raw["name"])
    timeout = None
    if "timeout" in raw:
        timeout = parse_duration(raw["timeout"])
        if timeout > job_timeout:
            raise PipelineError(f"step timeout {raw['timeout']} exceeds the job timeout")
    allow_failure = expect_bool(raw.get("allow_failure", False))
    env = parse_env(raw.get("env", {}))
    return Step(name=name, run=run, uses=uses, with_=with_, timeout=timeout,
                allow_failure=allow_failure, env=env)


def parse_matrix(raw):
    matrix = {}
    for name, values in expect_mapping(raw).items():
        if not MATRIX_NAME.match(name):
            raise PipelineError(f"invalid matrix variable name {name!r}")
        values = expect_list(values)
        if not values:
            raise PipelineError(f"matrix variable {name!r} has no values")
        seen = set()
        for value in values:
            if isinstance(value, bool) or not isinstance(value, (str, int, float)):
                raise PipelineError(f"matrix values must be strings or numbers, got {value!r}")
            if str(value) in seen:
                raise PipelineError(f"duplicate matrix value {value!r}")
            seen.add(str(value))
        matrix[name] = [str(v) for v in values]
    return matrix


def parse_job(name, raw, defaults):
    raw = expect_mapping(raw)
    check_keys(raw, JOB_KEYS)
    image = expect_string(raw.get("image", defaults["image"]))
    timeout = parse_duration(raw.get("timeout", defaults["timeout"]))
    retries = parse_retries(raw.get("retries", defaults["retries"]))
    when = raw.get("when", "on_success")
    if when not in WHEN_VALUES:
        raise PipelineError(f"'when' must be one of {', '.join(WHEN_VALUES)}, got {when!r}")
    needs = []
    for dep in expect_list(raw.get("needs", [])):
        dep = expect_string(dep)
        if dep in needs:
            raise PipelineError(f"job {name!r} lists {dep!r} twice in needs")
        needs.append(dep)
    env = parse_env(raw.get("env", {}))
    matrix = parse_matrix(raw.get("matrix", {}))
    if "steps" not in raw:
        raise PipelineError(f"job {name!r} has no steps")
    raw_steps = expect_list(raw["steps"])
    if not raw_steps:
        raise PipelineError(f"job {name!r} has no steps")
    steps = tuple(parse_step(step, i, timeout) for i, step in enumerate(raw_steps))
    return {
        "name": name, "image": image, "timeout": timeout, "retries": retries, "when": when,
        "needs": tuple(needs), "env": env, "matrix": matrix, "steps": steps,
    }


def expand(spec):
    """Turn one parsed job spec into one Job per matrix combination."""
    base = {k: v for k, v in spec.items() if k != "matrix"}
    if not spec["matrix"]:
        return [Job(**base)]
    names = sorted(spec["matrix"])
    jobs = []
    for combo in itertools.product(*(spec["matrix"][n] for n in names)):
        jobs.append(Job(**base, variables=dict(zip(names, combo))))
    return jobs


def check_needs(specs):
    for name, spec in specs.items():
        for dep in spec["needs"]:
            if dep == name:
                raise PipelineError(f"job {name!r} needs itself")
            if dep not in specs:
                raise PipelineError(f"job {name!r} needs unknown job {dep!r}")
    # depth-first search for cycles
    state = {}

    def visit(name, trail):
        if state.get(name) == "done":
            return
        if state.get(name) == "active":
            cycle = trail[trail.index(name):] + [name]
            raise PipelineError("dependency cycle: " + " -> ".join(cycle))
        state[name] = "active"
        for dep in specs[name]["needs"]:
            visit(dep, trail + [name])
        state[name] = "done"

    for name in specs:
        visit(name, [])


def parse_pipeline(data):
    data = expect_mapping(data, "a JSON object at the top level")
    check_keys(data, TOP_KEYS)
    version = data.get("version")
    if version != SUPPORTED_VERSION:
        raise PipelineError(f"unsupported version {version!r} (expected {SUPPORTED_VERSION})")
    defaults = parse_defaults(data.get("defaults", {}))
    env = parse_env(data.get("env", {}))
    raw_jobs = expect_mapping(data.get("jobs"), "a 'jobs' object")
    if not raw_jobs:
        raise PipelineError("the pipeline defines no jobs")
    specs = {}
    for name, raw in raw_jobs.items():
        if not JOB_NAME.match(name):
            raise PipelineError(f"invalid job name {name!r}")
        specs[name] = parse_job(name, raw, defaults)
    check_needs(specs)
    jobs = []
    for spec in specs.values():
        jobs.extend(expand(spec))
    return Pipeline(jobs=tuple(jobs), env=env)


def lint(pipeline):
    """Return a list of non-fatal warnings about a valid pipeline."""
    warnings = []
    by_name = {}
    for job in pipeline.jobs:
        by_name.setdefault(job.name, []).append(job)
    for name, expansions in by_name.items():
        job = expansions[0]
        for dep in job.needs:
            if by_name[dep][0].when == "manual":
                warnings.append(f"job {name!r} waits for manual job {dep!r}")
        if job.retries and any(step.allow_failure for step in job.steps):
            warnings.append(f"job {name!r} retries although some steps may fail")
        if job.timeout > 2 * 3600:
            warnings.append(f"job {name!r} has a timeout over two hours")
        names = [step.name for step in job.steps]
        for step_name in sorted({n for n in names if names.count(n) > 1}):
            warnings.append(f"job {name!r} has several steps named {step_name!r}")
        if len(expansions) > 20:
            warnings.append(f"job {name!r} expands to {len(expansions)} matrix jobs")
    shadowed = sorted(set(pipeline.env) & {k for job in pipeline.jobs for k in job.env})
    for key in shadowed:
        warnings.append(f"environment variable {key!r} is overridden by a job")
    return warnings


def load_pipeline(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PipelineError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    return parse_pipeline(data)
