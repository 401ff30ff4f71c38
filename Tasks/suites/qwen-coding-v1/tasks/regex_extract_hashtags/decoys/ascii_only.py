import re


def extract_hashtags(text: str) -> list[str]:
    seen = []
    for m in re.finditer(r"(?:^|(?<=[\s(]))#([A-Za-z][A-Za-z0-9_]*)", text):
        tag = m.group(1).lower()
        if tag not in seen:
            seen.append(tag)
    return seen
