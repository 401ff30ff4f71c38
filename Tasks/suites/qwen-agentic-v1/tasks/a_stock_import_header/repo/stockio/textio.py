"""Small helpers for text files so every module opens them the same way."""

ENCODING = "utf-8"


def open_text(path, mode="r"):
    """Open ``path`` as text with the project-wide encoding.

    Files are opened with ``newline=""`` as the csv module requires.
    """
    if "b" in mode:
        raise ValueError("open_text is for text modes only")
    return open(path, mode, encoding=ENCODING, newline="")


def decode_upload(data):
    """Turn uploaded bytes into text."""
    if isinstance(data, str):
        return data
    return data.decode(ENCODING)
