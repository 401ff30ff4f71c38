from typing import Dict, List, Tuple


def large_directories(files: Dict[str, int], threshold: int) -> List[Tuple[str, int]]:
    """Report directories whose recursive size is at least ``threshold``.

    ``files`` maps absolute file paths to file sizes (non-negative ints). A path starts
    with ``"/"``, its components are separated by single ``"/"`` characters, it has
    no trailing slash and no ``"."``/``".."`` components; the last component is the
    file name, every proper prefix is a directory. The directories that exist are
    exactly the ancestors of at least one file, including the root ``"/"``. A
    directory other than the root is written like ``"/a/b"`` (no trailing slash).

    The total of a directory is the sum of the sizes of all files anywhere below it.
    Return ``(directory, total)`` for every directory with ``total >= threshold``,
    sorted by total descending, then by directory path ascending (plain string
    comparison). With no files there are no directories.

    >>> large_directories({"/a/x.txt": 100, "/a/b/y.bin": 250, "/c.log": 30}, 300)
    [('/', 380), ('/a', 350)]
    >>> large_directories({"/docs/readme": 5, "/docs2/notes": 5}, 5)
    [('/', 10), ('/docs', 5), ('/docs2', 5)]
    """
