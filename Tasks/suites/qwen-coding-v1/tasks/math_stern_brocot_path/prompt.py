def stern_brocot_path(p: int, q: int) -> str:
    """Return the path from the root 1/1 of the Stern-Brocot tree to the
    fraction p/q.

    The path is a string of 'L' (move to the left child, which is the
    smaller fraction) and 'R' (move to the right child, the larger
    fraction).  p and q are positive integers and p/q need not be in lowest
    terms (4/6 has the same path as 2/3).  The path of 1/1 is the empty
    string.  Raise ValueError if p or q is not positive.

    >>> stern_brocot_path(3, 5)
    'LRL'
    >>> stern_brocot_path(4, 1)
    'RRR'
    >>> stern_brocot_path(2, 2)
    ''
    """
