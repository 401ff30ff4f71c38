import re

_TOKEN = re.compile(
    r'"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|//[^\n]*"
    r"|/\*.*?\*/"
    r"|/\*.*",
    re.DOTALL,
)


def strip_comments(code: str) -> str:
    def repl(m):
        tok = m.group(0)
        if tok.startswith("/"):
            return ""
        return tok
    return _TOKEN.sub(repl, code)
