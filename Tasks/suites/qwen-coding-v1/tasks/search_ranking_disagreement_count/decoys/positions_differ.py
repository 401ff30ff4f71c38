from typing import List


def rank_disagreements(ranking_a: List[str], ranking_b: List[str]) -> int:
    return sum(1 for x, y in zip(ranking_a, ranking_b) if x != y)
