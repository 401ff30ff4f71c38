from typing import List


def split_csv_line(line: str, delimiter: str = ",", quote: str = '"') -> List[str]:
    r"""Split a single CSV record into its fields.

    - ``delimiter`` and ``quote`` must each be exactly one character and differ from
      each other, otherwise ValueError.
    - One trailing ``'\n'`` or ``'\r\n'`` is removed from ``line`` first.
    - Fields are separated by ``delimiter``; n delimiters outside quotes always give
      n + 1 fields, so ``''`` gives ``['']`` and ``','`` gives ``['', '']``.
    - A field whose very first character is ``quote`` is quoted: it ends at the next
      quote that is not doubled; inside it, a doubled quote stands for one quote
      and delimiters or newlines are ordinary characters. After the closing quote
      the next character must be the delimiter or the end of the line, otherwise
      ValueError. A quoted field that is never closed raises ValueError.
    - Any other field is taken literally up to the next delimiter, including
      whitespace and any quote characters in it (``a"b`` stays ``a"b``, and
      ``' "q"'`` stays ``' "q"'`` because it does not start with the quote).

    >>> split_csv_line('a,"x, y",,"say ""hi"" now"\n')
    ['a', 'x, y', '', 'say "hi" now']
    >>> split_csv_line(''), split_csv_line('a;"b;c"', delimiter=';')
    ([''], ['a', 'b;c'])
    """
