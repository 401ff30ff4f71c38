import re

_PHONE = re.compile(
    r"(?<![\w+-])"
    r"(?:(?:\+1|1)[ .-])?"
    r"(?:\(([0-9]{3})\) ?|([0-9]{3})[ .-])"
    r"([0-9]{3})[ .-]([0-9]{4})"
    r"(?![\w-])"
)


def normalize_phones(text: str) -> str:
    def repl(m):
        area = m.group(1) or m.group(2)
        return "+1-%s-%s-%s" % (area, m.group(3), m.group(4))
    return _PHONE.sub(repl, text)
