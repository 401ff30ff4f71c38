def camel_to_snake(name: str) -> str:
    """Convert a camelCase / PascalCase identifier to snake_case.

    "Upper" and "lower" below mean ASCII letters ``A-Z`` and ``a-z``.
    An underscore is inserted at every position that is
    (a) between a lower-case letter or a digit and a following upper-case
        letter (``"userId"`` -> ``"user_Id"``, ``"v2Beta"`` -> ``"v2_Beta"``), or
    (b) between two upper-case letters when the second one is followed by
        a lower-case letter, i.e. at the end of an acronym
        (``"HTTPServer"`` -> ``"HTTP_Server"``).
    No underscore is inserted between a letter and a following digit.
    Existing characters (including underscores) are kept. Finally the whole
    string is lower-cased with ``str.lower()``.

    >>> camel_to_snake("parseHTTPResponse")
    'parse_http_response'
    >>> camel_to_snake("getUser2FA")
    'get_user2_fa'
    >>> camel_to_snake("already_snake")
    'already_snake'
    """
