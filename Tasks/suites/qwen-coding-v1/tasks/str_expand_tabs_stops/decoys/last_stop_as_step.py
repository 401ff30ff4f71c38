def expand_tabs(text: str, stops: list[int]) -> str:
    if not stops or stops[0] < 1 or any(b <= a for a, b in zip(stops, stops[1:])):
        raise ValueError("invalid tab stops")
    step = stops[-1]
    out = []
    col = 0
    for c in text:
        if c == "\n":
            out.append(c)
            col = 0
        elif c == "\t":
            target = next((s for s in stops if s > col), None)
            if target is None:
                k = (col - stops[-1]) // step + 1
                target = stops[-1] + k * step
            out.append(" " * (target - col))
            col = target
        else:
            out.append(c)
            col += 1
    return "".join(out)
