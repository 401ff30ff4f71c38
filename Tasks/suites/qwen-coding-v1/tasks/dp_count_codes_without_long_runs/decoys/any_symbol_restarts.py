MOD = 1_000_000_007


def count_codes(n: int, alphabet_size: int, max_run: int) -> int:
    if n == 0:
        return 1
    ends = [0] * max_run
    ends[0] = alphabet_size % MOD
    for _ in range(n - 1):
        total = sum(ends) % MOD
        new = [0] * max_run
        new[0] = total * alphabet_size % MOD
        for r in range(1, max_run):
            new[r] = ends[r - 1]
        ends = new
    return sum(ends) % MOD
