def parse_long_options(args: list[str]) -> tuple[dict[str, object], list[str]]:
    """Split command-line arguments into long options and positionals.

    Arguments are processed left to right:

    * ``"--"`` ends option processing: it is dropped and every later
      argument is positional, whatever it looks like.
    * ``"--NAME=VALUE"`` sets ``opts[NAME] = VALUE`` (a string; it may be
      empty or contain further ``"="``).
    * ``"--no-NAME"`` (without ``"="``) sets ``opts[NAME] = False``.
    * ``"--NAME"`` sets ``opts[NAME] = True``.
    * Every other argument (including ``"-v"`` and ``"-"``) is positional.

    NAME must match ``[a-z][a-z0-9-]*``; an argument starting with ``"--"``
    (other than ``"--"`` itself) whose name does not match raises
    ``ValueError``. For ``"--no-NAME"`` the NAME after ``no-`` must match.
    ``"--no"`` alone is just the option ``no``. Later settings overwrite
    earlier ones.

    Returns ``(opts, positionals)``.

    >>> parse_long_options(["--verbose", "in.txt", "--level=3", "--no-color", "--", "--raw"])
    ({'verbose': True, 'level': '3', 'color': False}, ['in.txt', '--raw'])
    >>> parse_long_options(["-v", "--no-x=1", "--no", "-"])
    ({'no-x': '1', 'no': True}, ['-v', '-'])
    """
