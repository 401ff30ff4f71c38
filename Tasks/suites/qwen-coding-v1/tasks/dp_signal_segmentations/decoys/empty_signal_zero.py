from typing import List

MOD = 1_000_000_007


def count_decodings(signal: str, codes: List[str]) -> int:
    if not signal:
        return 0
    code_set = set(codes)
    n = len(signal)
    ways = [0] * (n + 1)
    ways[n] = 1
    for i in range(n - 1, -1, -1):
        total = 0
        for c in code_set:
            if signal.startswith(c, i):
                total += ways[i + len(c)]
        ways[i] = total % MOD
    return ways[0]
