def parse_ini(text: str) -> dict[str, dict[str, str]]:
    """Parse a small INI dialect into ``{section: {key: value}}``.

    Lines come from ``text.splitlines()`` and are handled in this order:

    1. A blank (whitespace-only) line is ignored and closes any open key.
    2. If the line starts with a space or tab AND a key is open, it is a
       continuation: ``"\\n" + line.strip()`` is appended to that key's
       value (even if the stripped text starts with ``;`` or ``#``).
    3. Otherwise leading/trailing whitespace is irrelevant: let ``s`` be
       the stripped line.
       * ``s`` starting with ``";"`` or ``"#"``: comment; closes any open key.
       * ``s`` starting with ``"["`` and ending with ``"]"``: section header;
         the name is the inner text stripped (case-sensitive). The section
         exists in the result even if it gets no keys; repeating a header
         continues the same section. Closes any open key.
       * Otherwise it must be a key/value line: it is split at the FIRST
         occurrence of either ``"="`` or ``":"`` (whichever comes first);
         key = left part stripped and lower-cased (must be non-empty),
         value = right part stripped. A later duplicate key overwrites the
         earlier value. This key becomes the open key.
       * Anything else (no ``=``/``:``, empty key) raises ``ValueError``.

    Keys before the first section header go in section ``""``, which only
    appears in the result if it receives at least one key. Inline comments
    are not recognised.

    >>> parse_ini("name = demo\\n[server]\\nHost = example.com\\nport: 8080")
    {'': {'name': 'demo'}, 'server': {'host': 'example.com', 'port': '8080'}}
    >>> parse_ini("[paths]\\nsearch = /usr/lib\\n    /opt/lib\\n[empty]")
    {'paths': {'search': '/usr/lib\\n/opt/lib'}, 'empty': {}}
    """
