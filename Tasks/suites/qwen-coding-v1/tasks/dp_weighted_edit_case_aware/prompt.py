def edit_cost(source: str, target: str, ins: int, dele: int, sub: int, case_sub: int) -> int:
    """Minimum cost to turn ``source`` into ``target`` with weighted edits.

    Allowed operations (all costs are non-negative ints):

    * insert one character: cost ``ins``;
    * delete one character: cost ``dele``;
    * replace one character by a different one: cost ``case_sub`` if the two
      characters are ASCII letters that differ only in case (``'a'`` <-> ``'A'``),
      otherwise cost ``sub`` (always so, even if the other kind of replacement
      would be cheaper);
    * keeping an identical character costs nothing.

    Return the minimum total cost. Strings are ASCII and up to a few hundred
    characters long.

    >>> edit_cost("Cat", "cart", 1, 1, 3, 1)
    2
    >>> edit_cost("abc", "", 2, 5, 1, 1)
    15
    >>> edit_cost("a", "b", 1, 1, 5, 1)
    2
    """
