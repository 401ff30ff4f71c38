def split_args(line: str) -> list[str]:
    r"""Split a command line into arguments using these quoting rules.

    * Outside quotes, space, tab and newline (only these three characters)
      separate arguments; runs of them count as one separator and
      leading/trailing ones are ignored.
    * Outside quotes, a backslash makes the next character literal
      (``\ `` is a literal space, ``\n`` is just ``n``).
    * Single quotes: everything up to the next ``'`` is literal
      (no escapes at all).
    * Double quotes: characters up to the next unescaped ``"``. Inside, a
      backslash is only special before ``"``, ``\``, ``n`` or ``t``, giving
      ``"``, ``\``, a newline or a tab respectively; before any other
      character the backslash and that character are both kept as is.
    * Quoted and unquoted pieces that touch are concatenated into one
      argument, and a pair of quotes always produces an argument, even an
      empty one (``''`` -> ``""``).
    * An unterminated quote, or a backslash that is the last character of
      the input (outside quotes or inside double quotes), raises
      ``ValueError``.

    >>> split_args('cp "my file.txt" backup/')
    ['cp', 'my file.txt', 'backup/']
    >>> split_args("echo 'it''s'")
    ['echo', 'its']
    >>> split_args(r'say "a \"q\"\tb" c\ d')
    ['say', 'a "q"\tb', 'c d']
    """
