import re

_LINK = re.compile(
    r"(?<!\\)(?P<bang>!)?"
    r"\[(?P<text>(?:\\.|[^\[\]\\]|\[(?:\\.|[^\[\]\\])*\])*)\]"
    r"\([ \t]*"
    r"(?:<(?P<angle>[^<>\n]*)>|(?P<bare>[^\s)]+))"
    r"(?:[ \t]+(?:\"(?P<t1>[^\"]*)\"|'(?P<t2>[^']*)'))?"
    r"[ \t]*\)",
    re.DOTALL,
)
_ESC = re.compile(r"\\(.)", re.DOTALL)


def extract_md_links(text: str) -> list[dict]:
    out = []
    for m in _LINK.finditer(text):
        url = m.group("angle") if m.group("angle") is not None else m.group("bare")
        title = m.group("t1") if m.group("t1") is not None else m.group("t2")
        out.append({
            "text": _ESC.sub(r"\1", m.group("text")),
            "url": url,
            "title": title,
            "image": m.group("bang") is not None,
        })
    return out
