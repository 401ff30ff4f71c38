def expand_tabs(text: str, stops: list[int]) -> str:
    if not stops or stops[0] < 1 or any(b <= a for a, b in zip(stops, stops[1:])):
        raise ValueError("invalid tab stops")
    return text.expandtabs(stops[0])
