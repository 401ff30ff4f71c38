from typing import List


def count_decodings(signal: str, codes: List[str]) -> int:
    ordered = sorted(set(codes), key=len, reverse=True)
    count = 1
    i = 0
    while i < len(signal):
        matches = [c for c in ordered if signal.startswith(c, i)]
        if not matches:
            return 0
        count *= len(matches)
        i += len(matches[0])
    return count % 1_000_000_007
