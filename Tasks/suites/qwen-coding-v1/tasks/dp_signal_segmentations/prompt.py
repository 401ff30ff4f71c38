from typing import List


def count_decodings(signal: str, codes: List[str]) -> int:
    """Count the ways to split a received signal into valid code words.

    ``codes`` is a list of distinct non-empty code words. Count the ways to cut
    ``signal`` into consecutive non-empty pieces so that every piece is one of the
    code words (two ways differ if their cut positions differ). The empty signal
    has exactly one (empty) split. Return the count modulo ``1_000_000_007``.

    The signal can be up to 100,000 characters long; code words are at most 10
    characters long.

    >>> count_decodings("1011", ["1", "0", "10", "11"])
    4
    >>> count_decodings("abc", ["ab", "bc"])
    0
    >>> count_decodings("", ["x"])
    1
    """
