import functools


@functools.total_ordering
class Temperature:
    """An immutable temperature stored as degrees Celsius rounded to 2 decimals.

    - ``Temperature(celsius)`` rounds the value with ``round(value, 2)``. A rounded
      value below absolute zero (-273.15) raises ValueError; exactly -273.15 is allowed.
      A rounded value of -0.0 is stored as 0.0.
    - ``Temperature.from_fahrenheit(f)`` uses C = (F - 32) * 5 / 9;
      ``Temperature.from_kelvin(k)`` uses C = K - 273.15 (both then rounded as above).
    - Read-only properties: ``celsius`` (the stored float),
      ``fahrenheit`` = round(C * 9 / 5 + 32, 2), ``kelvin`` = round(C + 273.15, 2).
      Assigning to them raises AttributeError.
    - Two temperatures are equal when their stored Celsius values are equal; they
      are ordered by that value and are hashable consistently with equality.
      Comparing with anything that is not a Temperature is not supported
      (``==`` gives False).
    - ``shifted(delta)`` returns a new Temperature with celsius + delta.
    - ``repr`` is ``'Temperature(21.50 C)'``: always two decimals, never ``-0.00``.

    >>> Temperature(100) == Temperature.from_fahrenheit(212)
    True
    >>> Temperature.from_kelvin(0)
    Temperature(-273.15 C)
    >>> sorted([Temperature(3), Temperature(-1.005)])
    [Temperature(-1.00 C), Temperature(3.00 C)]
    """

    def __init__(self, celsius: float) -> None:
        """Store round(celsius, 2); ValueError below absolute zero."""

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        """Build from degrees Fahrenheit."""

    @classmethod
    def from_kelvin(cls, k: float) -> "Temperature":
        """Build from kelvins."""

    @property
    def celsius(self) -> float:
        """Stored value in degrees Celsius."""

    @property
    def fahrenheit(self) -> float:
        """Value in degrees Fahrenheit, rounded to 2 decimals."""

    @property
    def kelvin(self) -> float:
        """Value in kelvins, rounded to 2 decimals."""

    def shifted(self, delta: float) -> "Temperature":
        """New temperature delta degrees warmer."""

    def __eq__(self, other: object) -> bool:
        """Equal stored Celsius values."""

    def __lt__(self, other: "Temperature") -> bool:
        """Order by stored Celsius value."""

    def __hash__(self) -> int:
        """Hash consistent with equality."""

    def __repr__(self) -> str:
        """'Temperature(X.XX C)'."""
