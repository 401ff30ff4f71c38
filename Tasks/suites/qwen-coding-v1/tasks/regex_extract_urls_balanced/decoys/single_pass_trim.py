import re

_START = re.compile(r"https?://", re.IGNORECASE)
_ALLOWED = set("-._~:/?#[]@!$&'()*+,;=%")


def _trim(url):
    url = url.rstrip(".,;:!?'")
    if url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1]
    elif url.endswith("]") and url.count("]") > url.count("["):
        url = url[:-1]
    return url


def extract_urls(text: str) -> list[str]:
    out = []
    pos = 0
    n = len(text)
    while True:
        m = _START.search(text, pos)
        if not m:
            return out
        if m.start() > 0 and text[m.start() - 1].isalnum():
            pos = m.start() + 1
            continue
        j = m.end()
        while j < n and (text[j].isalnum() or text[j] in _ALLOWED):
            j += 1
        scheme_len = m.end() - m.start()
        url = _trim(text[m.start():j])
        if len(url) > scheme_len:
            out.append(url)
        pos = j
