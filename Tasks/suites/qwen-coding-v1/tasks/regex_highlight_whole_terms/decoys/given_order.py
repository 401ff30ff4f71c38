import re


def highlight(text: str, terms: list[str]) -> str:
    ts = [t for t in terms if t]
    if not ts:
        return text
    pat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in ts) + r")(?!\w)", re.IGNORECASE)
    return pat.sub(lambda m: "**" + m.group(0) + "**", text)
