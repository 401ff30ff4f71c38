import re


def highlight(text: str, terms: list[str]) -> str:
    ts = sorted({t for t in terms if t}, key=len, reverse=True)
    if not ts:
        return text
    pat = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in ts) + r")\b", re.IGNORECASE)
    return pat.sub(lambda m: "**" + m.group(0) + "**", text)
