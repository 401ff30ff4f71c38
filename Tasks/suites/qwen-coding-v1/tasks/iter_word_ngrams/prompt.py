from typing import Iterable, Iterator, Tuple


def word_ngrams(lines: Iterable[str], n: int) -> Iterator[Tuple[str, ...]]:
    """Lazily yield every n-gram (tuple of n consecutive words) from a stream of lines.

    Words are the pieces returned by ``line.split()``. N-grams span line boundaries,
    and blank lines do not interrupt them. The only exception is a section break:
    a line whose content, after stripping surrounding whitespace, is exactly
    ``'---'``. No n-gram spans a section break and the break contributes no word.
    (A ``'---'`` word inside a longer line is an ordinary word.)

    Lines are read one at a time and each n-gram is yielded as soon as its last word
    has been read, so infinite inputs work. ``n`` must be >= 1, else ValueError
    (when iteration starts or earlier).

    >>> list(word_ngrams(["the quick", "", "brown fox"], 2))
    [('the', 'quick'), ('quick', 'brown'), ('brown', 'fox')]
    >>> list(word_ngrams(["a b", " --- ", "c d"], 2))
    [('a', 'b'), ('c', 'd')]
    """
