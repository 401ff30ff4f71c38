import re
import unicodedata


def slugify(title: str, max_length: int = 60, sep: str = "-") -> str:
    s = title.replace("'", "").replace("\u2019", "")
    s = s.replace("&", " and ")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.encode("ascii", "ignore").decode("ascii")
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", lambda m: sep, s).strip(sep)
    if len(s) > max_length:
        cut = s[:max_length]
        s = cut.rstrip(sep)
    return s
