from typing import List


def first_nesting_error(tokens: List[str]) -> int:
    """Check that the tags in a token stream of a markup document are properly nested.

    Each token is one of:

    * an opening tag ``"<name>"``,
    * a closing tag ``"</name>"``,
    * a self-closing tag ``"<name/>"`` (it opens and closes itself, so it never
      affects nesting),
    * any other string that does not start with ``"<"`` -- plain text, ignored.

    Tag names are non-empty strings of letters and digits; names are case-sensitive.

    Return:

    * the index of the first closing tag whose name differs from the most recently
      opened tag that is still open, or that appears when no tag is open;
    * otherwise, if any tag is still open after the last token, ``len(tokens)``;
    * otherwise ``-1`` (the stream is well nested).

    >>> first_nesting_error(["<a>", "text", "<b/>", "</a>"])
    -1
    >>> first_nesting_error(["<a>", "<b>", "</a>", "</b>"])
    2
    >>> first_nesting_error(["<a>", "<b>", "</b>"])
    3
    """
