class Color:
    """An RGB colour with integer channels in 0..255.

    - ``Color(r, g, b)``: each channel must be an int in 0..255, else ValueError.
    - ``Color.parse(text)`` accepts ``'#rrggbb'``, ``'#rgb'``, ``'rrggbb'`` or ``'rgb'``
      with hex digits in any case; surrounding whitespace is ignored. In the short
      form each digit is doubled (``'#f80'`` means ``'#ff8800'``). Anything else
      raises ValueError.
    - ``str(color)`` is ``'#rrggbb'`` in lowercase; ``repr(color)`` is ``'Color(r, g, b)'``.
    - Colours are equal (and hash equal) when all channels are equal;
      ``tuple(color) == (r, g, b)``.
    - ``mix(other, weight=0.5)`` returns a new Color whose channels are
      ``self + (other - self) * weight``, rounded half up (``floor(x + 0.5)``).
      weight must be within [0, 1], else ValueError.
    - ``is_dark()`` is True when ``0.299*r + 0.587*g + 0.114*b < 128``.

    >>> Color.parse(" #F80 ")
    Color(255, 136, 0)
    >>> str(Color(0, 0, 0).mix(Color(255, 255, 255)))
    '#808080'
    """

    def __init__(self, r: int, g: int, b: int) -> None:
        """Create a colour from its channels."""

    @classmethod
    def parse(cls, text: str) -> "Color":
        """Parse a hex colour string."""

    def mix(self, other: "Color", weight: float = 0.5) -> "Color":
        """Blend towards other by weight, rounding half up."""

    def is_dark(self) -> bool:
        """True for perceived brightness below 128."""

    def __iter__(self):
        """Yield r, g, b."""

    def __eq__(self, other: object) -> bool:
        """Equal channels."""

    def __hash__(self) -> int:
        """Hash of the channels."""

    def __str__(self) -> str:
        """'#rrggbb' lowercase."""

    def __repr__(self) -> str:
        """'Color(r, g, b)'."""
