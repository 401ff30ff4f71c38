from itertools import groupby


def limit_char_runs(s: str, k: int) -> str:
    return "".join(ch * min(len(list(g)), k) for ch, g in groupby(s))
