from typing import Iterable, Iterator, Tuple


def logical_lines(lines: Iterable[str]) -> Iterator[Tuple[int, str]]:
    r"""Lazily turn the physical lines of a config file into numbered logical lines.

    Physical lines are numbered from 1 in input order, and one trailing ``'\n'`` or
    ``'\r\n'`` is removed from each before anything else.

    1. Comments: when a logical line would start with a physical line whose first
       non-whitespace character is ``'#'``, that physical line is skipped entirely,
       even if it ends with a backslash.
    2. Continuation: a physical line whose last character is a backslash continues on
       the next physical line: the backslash is removed and the next physical line,
       with its leading whitespace removed, is appended directly. Continuations can
       chain. Continuation lines are never comments (a ``'#'`` in them is plain
       text). A backslash at the end of the very last physical line is simply removed.
    3. Trailing whitespace is stripped from the joined text (leading whitespace of
       the first physical line is kept). If nothing remains the logical line is
       skipped; otherwise ``(number of its first physical line, text)`` is yielded.

    A logical line is yielded as soon as its last physical line has been read, so
    the input may be infinite and is never read further than needed.

    >>> src = ["name = demo\n", "# old \\\n", "paths = a, \\\n", "    b\n", "\n", "  x = 1  \r\n"]
    >>> list(logical_lines(src))
    [(1, 'name = demo'), (3, 'paths = a, b'), (6, '  x = 1')]
    """
