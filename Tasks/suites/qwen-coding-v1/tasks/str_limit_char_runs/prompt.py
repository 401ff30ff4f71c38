def limit_char_runs(s: str, k: int) -> str:
    """Shorten every run of identical characters to at most ``k`` characters.

    A run is a maximal sequence of consecutive, identical characters
    (comparison is exact, so ``"a"`` and ``"A"`` are different characters;
    any character, including newlines and spaces, can form a run). Runs
    longer than ``k`` are cut down to exactly ``k`` characters, shorter runs
    are kept. ``k`` must be at least 1, otherwise ``ValueError`` is raised.

    >>> limit_char_runs("aaabbbbc", 2)
    'aabbc'
    >>> limit_char_runs("Mississippi", 1)
    'Misisipi'
    >>> limit_char_runs("!!!!", 3)
    '!!!'
    """
