from typing import List


def rank_disagreements(ranking_a: List[str], ranking_b: List[str]) -> int:
    pos = {item: i for i, item in enumerate(ranking_a)}
    seq = [pos[item] for item in ranking_b]
    count = 0
    n = len(seq)
    for i in range(n):
        si = seq[i]
        for j in range(i + 1, n):
            if si > seq[j]:
                count += 1
    return count
