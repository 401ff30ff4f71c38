from typing import List


def rank_disagreements(ranking_a: List[str], ranking_b: List[str]) -> int:
    pos = {item: i for i, item in enumerate(ranking_a)}
    seq = [pos[item] for item in ranking_b]
    swaps = 0
    changed = True
    while changed:
        changed = False
        for i in range(len(seq) - 1):
            if seq[i] > seq[i + 1]:
                seq[i], seq[i + 1] = seq[i + 1], seq[i]
                swaps += 1
                changed = True
    return swaps
