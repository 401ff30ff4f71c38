from typing import List

MOD = 1_000_000_007


def count_decodings(signal: str, codes: List[str]) -> int:
    code_set = set(codes)
    lengths = sorted({len(c) for c in code_set})
    n = len(signal)
    ways = [0] * (n + 1)
    ways[n] = 1
    for i in range(n - 1, -1, -1):
        total = 0
        for length in lengths:
            j = i + length
            if j > n:
                break
            if ways[j] and signal[i:j] in code_set:
                total += ways[j]
        ways[i] = total % MOD
    return ways[0]
