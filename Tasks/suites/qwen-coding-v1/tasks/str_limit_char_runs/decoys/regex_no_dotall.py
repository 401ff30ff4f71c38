import re


def limit_char_runs(s: str, k: int) -> str:
    if k < 1:
        raise ValueError("k must be >= 1")
    return re.sub(r"(.)\1{%d,}" % k, lambda m: m.group(1) * k, s)
