import math
import re

_HEX = re.compile(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


class Color:
    def __init__(self, r, g, b):
        for v in (r, g, b):
            if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 255:
                raise ValueError("channels must be ints in 0..255")
        self.r, self.g, self.b = r, g, b

    @classmethod
    def parse(cls, text):
        digits = text.strip().lstrip("#")
        if len(digits) not in (3, 6):
            raise ValueError(f"not a hex colour: {text!r}")
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        return cls(int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))

    def mix(self, other, weight=0.5):
        if not 0 <= weight <= 1:
            raise ValueError("weight must be within [0, 1]")
        chans = [math.floor(a + (b - a) * weight + 0.5) for a, b in zip(self, other)]
        return Color(*chans)

    def is_dark(self):
        return 0.299 * self.r + 0.587 * self.g + 0.114 * self.b < 128

    def __iter__(self):
        return iter((self.r, self.g, self.b))

    def __eq__(self, other):
        if not isinstance(other, Color):
            return NotImplemented
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def __str__(self):
        return "#{:02x}{:02x}{:02x}".format(self.r, self.g, self.b)

    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"
