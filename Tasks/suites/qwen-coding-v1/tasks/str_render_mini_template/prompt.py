def render(template: str, values: dict[str, object]) -> str:
    """Render a tiny template language, scanning ``template`` left to right.

    * ``"{{"`` produces a literal ``"{"`` and ``"}}"`` a literal ``"}"``.
    * A placeholder has the form ``{NAME}``, ``{NAME!f1!f2...}``,
      ``{NAME|default}`` or ``{NAME!f1...|default}`` where ``NAME`` matches
      ``[A-Za-z_][A-Za-z0-9_]*``, each filter name matches ``[a-z]+`` and the
      default is any text without ``"{"`` or ``"}"`` (possibly empty). No
      spaces are allowed except inside the default.
    * The placeholder's string is ``str(values[NAME])`` if ``NAME`` is a key
      of ``values`` (even if that string is empty), else the default text.
      If ``NAME`` is missing and there is no default, raise
      ``KeyError(NAME)``.
    * Filters are then applied to that string from left to right:
      ``upper`` -> ``str.upper``, ``lower`` -> ``str.lower``,
      ``strip`` -> ``str.strip``, ``len`` -> ``str(len(s))``. Any other
      filter name raises ``ValueError``.
    * Substituted text is never scanned again.
    * Any other ``"{"`` or ``"}"`` (one that does not start a valid
      placeholder or an escape) raises ``ValueError``.

    >>> render("Hi {name!upper}!", {"name": "ada"})
    'Hi ADA!'
    >>> render("{{literal}} {x|n/a}", {})
    '{literal} n/a'
    >>> render("{a!strip!len}", {"a": "  ab "})
    '2'
    """
