def extract_hashtags(text: str) -> list[str]:
    """Return the hashtags in ``text``, lower-cased and de-duplicated.

    A hashtag is ``"#"`` followed by a tag that starts with a letter (any
    Unicode letter) and continues with letters, digits or underscores
    (Unicode-aware, like the regex class ``\\w``); the tag ends at the
    first other character. The ``"#"`` must be at the very start of the
    text or directly preceded by a whitespace character or ``"("``.

    Tags are returned without the ``"#"``, converted with ``str.lower()``,
    in order of first appearance, each only once (compared after
    lower-casing).

    >>> extract_hashtags("Loving #Python and #python3! #2fast")
    ['python', 'python3']
    >>> extract_hashtags("email a#b or (#Tag) #tag")
    ['tag']
    """
