import re

_TAG = re.compile(r"(?:^|(?<=[\s(]))#([^\W\d_]\w*)")


def extract_hashtags(text: str) -> list[str]:
    seen = []
    for m in _TAG.finditer(text):
        tag = m.group(1).lower()
        if tag not in seen:
            seen.append(tag)
    return seen
