import re


def extract_hashtags(text: str) -> list[str]:
    seen = []
    raw = []
    for m in re.finditer(r"(?:^|(?<=[\s(]))#([^\W\d_]\w*)", text):
        if m.group(1) not in raw:
            raw.append(m.group(1))
            seen.append(m.group(1).lower())
    return seen
