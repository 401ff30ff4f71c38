import re


def strip_comments(code: str) -> str:
    code = re.sub(r"/\*.*?\*/|/\*.*", " ", code, flags=re.DOTALL)
    return re.sub(r"//[^\n]*", "", code)
