from typing import List, Tuple


def wrap_layout(words: List[str], width: int) -> Tuple[int, List[str]]:
    """Break a paragraph into lines so the right margin is as even as possible.

    The words must appear in their given order. Each line holds one or more
    consecutive words joined by single spaces, so a line with words
    ``w_i .. w_j`` has length ``len(w_i) + ... + len(w_j) + (j - i)``; it must not
    exceed ``width``. Every word is non-empty, contains no spaces and has at most
    ``width`` characters.

    The penalty of a line is ``(width - line_length) ** 2``, except that the LAST line
    of the paragraph has penalty 0. Return ``(total_penalty, lines)`` for a layout
    with the minimum total penalty, where ``lines`` are the line strings. If several
    layouts reach the minimum, choose the one whose first line holds the most
    words; among those, the one whose second line holds the most words; and so on.
    For no words return ``(0, [])``. Paragraphs can have several thousand words.

    >>> wrap_layout(["aaa", "bb", "cc", "ddddd"], 6)
    (10, ['aaa', 'bb cc', 'ddddd'])
    >>> wrap_layout(["a", "a", "a", "ab"], 3)
    (4, ['a a', 'a', 'ab'])
    >>> wrap_layout(["hello"], 5)
    (0, ['hello'])
    """
