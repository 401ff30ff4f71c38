from urllib.parse import parse_qs


def parse_query(qs: str) -> dict[str, list[str]]:
    if qs.startswith("?"):
        qs = qs[1:]
    return parse_qs(qs)
