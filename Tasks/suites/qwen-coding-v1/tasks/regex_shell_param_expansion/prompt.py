def substitute(template: str, env: dict[str, str]) -> str:
    """Expand shell-like variable references in ``template`` using ``env``.

    NAME below means ``[A-Za-z_][A-Za-z0-9_]*`` (ASCII only). The template
    is scanned left to right; recognised forms are:

    * ``$$`` -> a literal ``$``.
    * ``$NAME`` (NAME as long as possible) -> ``env[NAME]``; if NAME is not
      in ``env`` the reference is left unchanged.
    * ``${NAME}`` -> ``env[NAME]``, or left unchanged if missing.
    * ``${NAME:-DEFAULT}`` -> ``env[NAME]`` if NAME is in ``env`` AND its
      value is non-empty, otherwise DEFAULT.
    * ``${NAME-DEFAULT}`` -> ``env[NAME]`` if NAME is in ``env`` (even if
      empty), otherwise DEFAULT.

    DEFAULT is the literal text up to the first ``}`` (it may be empty and
    is not expanded itself). Any other ``$`` (e.g. ``$5``, ``${bad name}``,
    ``${A``, a trailing ``$``) is left as it is. Substituted values are
    never scanned again.

    >>> substitute("Hi $USER, cost $$5", {"USER": "ana"})
    'Hi ana, cost $5'
    >>> substitute("${HOME:-/root}/bin", {"HOME": ""})
    '/root/bin'
    >>> substitute("${HOME-/root}/bin", {"HOME": ""})
    '/bin'
    """
