from typing import List


def rank_disagreements(ranking_a: List[str], ranking_b: List[str]) -> int:
    pos = {item: i for i, item in enumerate(ranking_a)}
    seq = [pos[item] for item in ranking_b]

    def sort_count(arr):
        n = len(arr)
        if n <= 1:
            return arr, 0
        mid = n // 2
        left, x = sort_count(arr[:mid])
        right, y = sort_count(arr[mid:])
        inv = x + y
        merged = []
        i = j = 0
        nl, nr = len(left), len(right)
        while i < nl and j < nr:
            if left[i] < right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                j += 1
                inv += nl - i
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged, inv

    return sort_count(seq)[1]
