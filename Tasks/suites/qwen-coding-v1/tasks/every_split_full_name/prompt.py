from typing import Dict


def split_name(full: str) -> Dict[str, str]:
    """Split a person's full name into ``title``, ``first``, ``middle``, ``last`` and ``suffix``.

    The result always has those five keys; missing parts are ``''``. Multi-word
    parts are joined with single spaces, and words keep their original spelling
    (including dots).

    1. Whitespace runs are treated as single spaces; an empty name raises ValueError.
    2. A word is a *title* if, lowercased and with one trailing ``'.'`` removed, it is
       one of ``mr mrs ms miss dr prof sir dame rev``; a *suffix* if it is one of
       ``jr sr ii iii iv phd md``; a *particle* if it is one of
       ``van von der den de del della da di du la le`` (all case-insensitive).
    3. Comma form: if the name contains a comma, split it at the first comma into
       head and tail. If every word of the tail is a suffix (e.g.
       ``'Martin Luther King, Jr.'``), the comma is ignored and the name is handled
       as in step 4. Otherwise ``last`` is the whole head, and the tail (further
       commas acting as spaces) is handled as in step 4 except that all its
       remaining words go to ``first`` (one word) and ``middle`` (the rest).
    4. Otherwise, with commas acting as spaces: leading titles are taken off the
       front and trailing suffixes off the end, each only while at least one other
       word would remain. Of the remaining words, a single word is ``first``.
       With two or more, the first word is ``first`` and the last word starts
       ``last``; ``last`` is then extended to the left over particles, but never
       over the first word. Words in between are ``middle``.

    >>> split_name("Dr. Mary Ann van der Berg Jr.")
    {'title': 'Dr.', 'first': 'Mary', 'middle': 'Ann', 'last': 'van der Berg', 'suffix': 'Jr.'}
    >>> split_name("van der Berg, Mary Ann")["last"], split_name("Martin Luther King, Jr.")["last"]
    ('van der Berg', 'King')
    """
