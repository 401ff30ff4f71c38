from typing import Optional


def quantify(count: int, noun: str, plural: Optional[str] = None) -> str:
    """Return ``'<count> <noun>'`` with the noun pluralised when needed.

    - The count is written with comma thousands separators (``1,234,567``) and a
      leading ``-`` when negative.
    - The singular noun is used when ``abs(count) == 1``, the plural otherwise
      (including 0).
    - If ``plural`` is given it is used as the plural form. Otherwise the plural is
      built from ``noun``: a noun ending in a consonant followed by ``y`` (ignoring
      case) changes the ``y`` to ``ies``; a noun ending in ``s``, ``x``, ``z``, ``ch``
      or ``sh`` (ignoring case) gets ``es``; any other noun gets ``s``.
      Vowels are a, e, i, o, u.
    - If the noun consists only of uppercase letters, the added or changed ending is
      uppercase too (``'BOX'`` -> ``'BOXES'``); otherwise it is lowercase.

    >>> quantify(1, "file"), quantify(0, "file"), quantify(2, "city"), quantify(2, "day")
    ('1 file', '0 files', '2 cities', '2 days')
    >>> quantify(1234567, "match"), quantify(-1, "degree"), quantify(3, "child", "children")
    ('1,234,567 matches', '-1 degree', '3 children')
    """
