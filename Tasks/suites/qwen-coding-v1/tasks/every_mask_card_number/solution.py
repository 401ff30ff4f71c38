def mask_card(number: str, visible: int = 4, mask_char: str = "*") -> str:
    if not isinstance(visible, int) or not 0 <= visible <= 6:
        raise ValueError("visible must be between 0 and 6")
    if len(mask_char) != 1:
        raise ValueError("mask_char must be a single character")
    text = number.strip()
    if any(ch not in "0123456789 -" for ch in text):
        raise ValueError("unexpected character in card number")
    digits = sum(ch.isdigit() for ch in text)
    if not 12 <= digits <= 19:
        raise ValueError("a card number has 12 to 19 digits")
    to_mask = digits - visible
    out = []
    for ch in text:
        if ch.isdigit() and to_mask > 0:
            out.append(mask_char)
            to_mask -= 1
        else:
            out.append(ch)
    return "".join(out)
