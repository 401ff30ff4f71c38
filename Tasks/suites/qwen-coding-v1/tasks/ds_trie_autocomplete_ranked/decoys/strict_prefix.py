from typing import Dict, List


def autocomplete(words: Dict[str, int], prefixes: List[str], k: int) -> List[List[str]]:
    if k <= 0:
        return [[] for _ in prefixes]
    ranked = sorted(words, key=lambda w: (-words[w], w))
    best = {}
    for w in ranked:
        for length in range(len(w)):
            p = w[:length]
            lst = best.setdefault(p, [])
            if len(lst) < k:
                lst.append(w)
    return [list(best.get(p, ())) for p in prefixes]
