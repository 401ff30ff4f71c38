def extract_urls(text: str) -> list[str]:
    """Extract http(s) URLs from free text, in order of appearance.

    1. A candidate starts at ``http://`` or ``https://`` (scheme letters in
       any case) that is not directly preceded by a letter or digit
       (``str.isalnum``). It extends over the longest following run of
       characters ``c`` with ``c.isalnum()`` or ``c`` in
       ``-._~:/?#[]@!$&'()*+,;=%``. Scanning for the next candidate
       continues after that run.
    2. Trailing characters are then removed repeatedly, until none of
       these rules applies:
       * the last character is one of ``. , ; : ! ? '`` -> remove it;
       * the last character is ``)`` and the candidate contains more ``)``
         than ``(`` -> remove it;
       * the last character is ``]`` and the candidate contains more ``]``
         than ``[`` -> remove it.
    3. If nothing is left after ``://``, the candidate is discarded.

    >>> extract_urls("See https://en.wikipedia.org/wiki/Python_(language). Also (http://x.io/a).")
    ['https://en.wikipedia.org/wiki/Python_(language)', 'http://x.io/a']
    >>> extract_urls("visit HTTP://EXAMPLE.com! or xhttps://no.pe")
    ['HTTP://EXAMPLE.com']
    """
