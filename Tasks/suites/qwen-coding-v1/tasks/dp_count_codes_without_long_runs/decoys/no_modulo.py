def count_codes(n: int, alphabet_size: int, max_run: int) -> int:
    if n == 0:
        return 1
    ends = [0] * max_run
    ends[0] = alphabet_size
    for _ in range(n - 1):
        total = sum(ends)
        ends = [total * (alphabet_size - 1)] + ends[:-1]
    return sum(ends)
