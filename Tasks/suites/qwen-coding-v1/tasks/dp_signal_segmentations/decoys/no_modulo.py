from typing import List


def count_decodings(signal: str, codes: List[str]) -> int:
    code_set = set(codes)
    n = len(signal)
    ways = [0] * (n + 1)
    ways[n] = 1
    for i in range(n - 1, -1, -1):
        for c in code_set:
            if signal.startswith(c, i):
                ways[i] += ways[i + len(c)]
    return ways[0]
