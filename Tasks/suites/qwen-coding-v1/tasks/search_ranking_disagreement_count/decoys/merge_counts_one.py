from typing import List


def rank_disagreements(ranking_a: List[str], ranking_b: List[str]) -> int:
    pos = {item: i for i, item in enumerate(ranking_a)}
    seq = [pos[item] for item in ranking_b]

    def sort_count(arr):
        if len(arr) <= 1:
            return arr, 0
        mid = len(arr) // 2
        left, x = sort_count(arr[:mid])
        right, y = sort_count(arr[mid:])
        inv = x + y
        merged = []
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] < right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
                inv += 1
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged, inv

    return sort_count(seq)[1]
