from functools import lru_cache
from typing import List

MOD = 1_000_000_007


def count_decodings(signal: str, codes: List[str]) -> int:
    code_set = set(codes)
    lengths = sorted({len(c) for c in code_set})

    @lru_cache(maxsize=None)
    def ways(i):
        if i == len(signal):
            return 1
        total = 0
        for length in lengths:
            if i + length <= len(signal) and signal[i:i + length] in code_set:
                total += ways(i + length)
        return total % MOD

    return ways(0)
