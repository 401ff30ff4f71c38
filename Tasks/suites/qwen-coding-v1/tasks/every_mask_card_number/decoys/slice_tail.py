import re


def mask_card(number: str, visible: int = 4, mask_char: str = "*") -> str:
    if not isinstance(visible, int) or not 0 <= visible <= 6:
        raise ValueError("visible must be between 0 and 6")
    if len(mask_char) != 1:
        raise ValueError("mask_char must be a single character")
    text = number.strip()
    if not re.fullmatch(r"[0-9 -]*", text):
        raise ValueError("unexpected character in card number")
    digits = re.sub(r"\D", "", text)
    if not 12 <= len(digits) <= 19:
        raise ValueError("a card number has 12 to 19 digits")
    kept = digits[-visible:]
    masked = iter(mask_char * (len(digits) - len(kept)) + kept)
    return "".join(next(masked) if ch.isdigit() else ch for ch in text)
