import bisect
from typing import Dict, List


def autocomplete(words: Dict[str, int], prefixes: List[str], k: int) -> List[List[str]]:
    lex = sorted(words)
    out = []
    for p in prefixes:
        lo = bisect.bisect_left(lex, p)
        hi = bisect.bisect_left(lex, p + "{")
        chunk = sorted(lex[lo:hi], key=lambda w: (-words[w], w))
        out.append(chunk[:k])
    return out
