import textwrap


def hanging_wrap(text: str, width: int, indent: int) -> list[str]:
    if indent >= width:
        raise ValueError("indent must be smaller than width")
    return textwrap.wrap(text, width=width, subsequent_indent=" " * indent)
