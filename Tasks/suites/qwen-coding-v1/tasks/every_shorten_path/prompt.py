def shorten_path(path: str, max_len: int) -> str:
    """Shorten a ``'/'``-separated path to at most ``max_len`` characters.

    - ``max_len`` must be >= 1, else ValueError. A path of at most ``max_len``
      characters is returned unchanged.
    - Otherwise split the path on ``'/'`` into components (an absolute path starts
      with an empty component, a trailing ``'/'`` gives an empty last component).
      The first and the last component are always kept; the components between them
      are the middle. The result is ``first + '/…/' + '/'.join(kept + [last])``, where
      ``'…'`` is the single character U+2026 and ``kept`` is the longest run of middle
      components *ending right before the last one* that fits within ``max_len``
      (possibly none).
    - If the path has no middle components, or even ``first + '/…/' + last`` is
      longer than ``max_len``, the result is ``'…'`` followed by the last
      ``max_len - 1`` characters of the path (just ``'…'`` when ``max_len`` is 1).

    >>> shorten_path("/home/alice/projects/qwen/src/main.py", 25)
    '/…/qwen/src/main.py'
    >>> shorten_path("docs/guide/advanced/tuning/index.md", 24)
    'docs/…/tuning/index.md'
    >>> shorten_path("a/b", 2)
    '…b'
    """
