def parse_cookie_header(header: str) -> dict[str, str]:
    """Parse the value of an HTTP ``Cookie`` request header.

    * The header is split on ``";"``; each piece is stripped of surrounding
      whitespace and empty pieces are skipped.
    * A piece without ``"="`` is ignored. Otherwise it is split at its FIRST
      ``"="``: the name is the left part stripped, the value is the right
      part stripped. Pieces with an empty name are ignored.
    * If the value is at least two characters long and both starts and ends
      with ``'"'``, exactly that one pair of outer quotes is removed.
    * Names are case-sensitive. If a name occurs more than once, the FIRST
      occurrence wins. No percent-decoding is done.

    >>> parse_cookie_header('sid=abc123; theme="dark"; lang=en')
    {'sid': 'abc123', 'theme': 'dark', 'lang': 'en'}
    >>> parse_cookie_header("a=1; a=2; flag; =x; b = 2 ")
    {'a': '1', 'b': '2'}
    """
