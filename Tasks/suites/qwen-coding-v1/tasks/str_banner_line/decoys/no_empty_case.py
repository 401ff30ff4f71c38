def banner_line(text: str, width: int, fill: str = "=") -> str:
    core = " " + text + " "
    if len(core) > width:
        return text
    pad = width - len(core)
    left = pad // 2
    right = pad - left
    return fill * left + core + fill * right
