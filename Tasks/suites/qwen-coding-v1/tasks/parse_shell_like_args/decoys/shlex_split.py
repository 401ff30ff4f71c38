import shlex


def split_args(line: str) -> list[str]:
    return shlex.split(line)
