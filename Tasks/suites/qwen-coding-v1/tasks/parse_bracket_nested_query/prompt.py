def parse_nested_query(qs: str) -> dict:
    """Parse a query string with bracket keys into nested dicts and lists.

    1. Split ``qs`` on ``"&"``, skipping empty pieces. Split each piece at
       its first ``"="`` (no ``"="``: the value is ``""``). Decode key and
       value with ``urllib.parse.unquote_plus`` BEFORE looking at brackets
       (so ``%5B``/``%5D`` act as brackets).
    2. The decoded key must be a non-empty base containing no ``[`` or
       ``]``, followed by zero or more segments ``[...]`` whose content has
       no ``[`` or ``]`` (content may be empty). Anything else raises
       ``ValueError``.
    3. Walk from the result dict: the base and every non-empty segment
       name a dict entry (digits are ordinary string keys, no lists).
       An empty segment ``[]`` means "append to a list" and is only
       allowed as the LAST segment (``a[][b]`` raises ``ValueError``).
       Missing containers are created (a dict, or a list if the next
       segment is the final ``[]``). The value is a string stored at the
       last key, or appended for ``[]``; a plain repeated key
       overwrites the earlier string.
    4. A type conflict raises ``ValueError``: needing a dict or a list where
       a string or the other container type already is, or storing a
       string where a dict or list already is.

    >>> parse_nested_query("user[name]=Ann&user[tags][]=x&user[tags][]=y&page=2")
    {'user': {'name': 'Ann', 'tags': ['x', 'y']}, 'page': '2'}
    >>> parse_nested_query("a[b][c]=1&a[b][d]=2&a[0]=z")
    {'a': {'b': {'c': '1', 'd': '2'}, '0': 'z'}}
    """
