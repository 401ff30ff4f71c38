from typing import Dict, List


def autocomplete(words: Dict[str, int], prefixes: List[str], k: int) -> List[List[str]]:
    """Answer many autocomplete queries against a frequency dictionary.

    ``words`` maps distinct non-empty lowercase words to their usage frequency
    (positive ints). For each query string in ``prefixes`` return the up to ``k``
    best words that start with the query (a word starts with itself; the empty
    query matches every word). "Best" means higher frequency first; equal
    frequencies are ordered alphabetically (plain string comparison). ``k >= 0``.

    Return one list per query, in query order. Expect up to 50,000 words and 50,000
    queries, so answering each query by scanning the whole dictionary is too slow.

    >>> autocomplete({"car": 5, "cart": 3, "care": 5, "dog": 2}, ["car", "ca", "d", "x", ""], 2)
    [['car', 'care'], ['car', 'care'], ['dog'], [], ['car', 'care']]
    >>> autocomplete({"car": 5, "cart": 3, "care": 5, "dog": 2}, ["cart", "care"], 3)
    [['cart'], ['care']]
    """
