import functools


@functools.total_ordering
class Temperature:
    __slots__ = ("_c",)

    def __init__(self, celsius):
        c = round(celsius, 2)
        if c < -273.15:
            raise ValueError("below absolute zero")
        object.__setattr__(self, "_c", float(c))

    def __setattr__(self, name, value):
        raise AttributeError("Temperature is immutable")

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def from_kelvin(cls, k):
        return cls(k - 273.15)

    @property
    def celsius(self):
        return self._c

    @property
    def fahrenheit(self):
        return round(self._c * 9 / 5 + 32, 2)

    @property
    def kelvin(self):
        return round(self._c + 273.15, 2)

    def shifted(self, delta):
        return Temperature(self._c + delta)

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return self._c == other._c

    def __lt__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return self._c < other._c

    def __hash__(self):
        return hash(self._c)

    def __repr__(self):
        return f"Temperature({self._c:.2f} C)"
