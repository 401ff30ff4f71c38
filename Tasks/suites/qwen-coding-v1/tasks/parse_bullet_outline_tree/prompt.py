def parse_outline(text: str) -> list[tuple[str, list]]:
    """Parse an indented bullet outline into a tree of ``(text, children)``.

    * Lines come from ``text.splitlines()``; blank (whitespace-only) lines
      are ignored.
    * Each other line is: ``k`` spaces of indentation, a bullet character
      ``"-"`` or ``"*"``, at least one space, then the item text. The item
      text is the rest of the line stripped of surrounding whitespace (it
      may itself contain ``"- "``).
    * ``k`` must be even; the item's level is ``k // 2``.
    * A tab anywhere in the indentation, a missing bullet, a bullet not
      followed by a space, or an odd ``k`` raises ``ValueError``.
    * The first item must be at level 0, and every item's level may be at
      most one more than the level of the item before it (dedenting by any
      amount is fine); otherwise ``ValueError``.
    * An item at level ``L + 1`` is a child of the closest preceding item
      at level ``L``.

    Each node is a tuple ``(text, children)`` where ``children`` is a list
    of nodes. Returns the list of top-level nodes.

    >>> parse_outline("- a\\n  - b\\n  - c\\n- d")
    [('a', [('b', []), ('c', [])]), ('d', [])]
    >>> parse_outline("* x\\n  * y\\n    - z\\n* w")
    [('x', [('y', [('z', [])])]), ('w', [])]
    """
