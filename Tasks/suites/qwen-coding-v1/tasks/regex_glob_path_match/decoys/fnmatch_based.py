import fnmatch


def glob_match(pattern: str, path: str) -> bool:
    return fnmatch.fnmatchcase(path, pattern)
