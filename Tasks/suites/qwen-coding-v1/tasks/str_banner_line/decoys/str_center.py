def banner_line(text: str, width: int, fill: str = "=") -> str:
    if text == "":
        return fill * width
    core = " " + text + " "
    if len(core) > width:
        return text
    return core.center(width, fill)
