import functools
from typing import Tuple


@functools.total_ordering
class Version:
    """A dotted numeric version such as ``'1.4.10'``.

    - ``Version(text)``: surrounding whitespace is ignored and one optional leading
      ``'v'`` or ``'V'`` is allowed. The rest must be one or more components
      separated by single dots, each consisting only of ASCII digits 0-9 (leading
      zeros allowed, ``'01'`` means 1). Anything else raises ValueError
      (e.g. ``'1..2'``, ``'1.2.'``, ``'1.-2'``, ``'1. 2'``, ``''``).
    - ``parts``: tuple of the components as ints, with as many components as written.
    - ``str(v)``: the parts joined with dots (``str(Version('v01.2.0')) == '1.2.0'``);
      ``repr(v)`` is ``"Version('1.2.0')"``.
    - Comparison is numeric, component by component, where missing trailing
      components count as 0: ``Version('1.2') == Version('1.2.0')`` and both hash
      equally. ``'1.10' > '1.9'``. Comparing with a non-Version is not supported
      (``==`` gives False).
    - ``bump(index)`` returns a new Version with the component at ``index`` (0 = first)
      incremented and every later component set to 0; the version is padded with
      zeros first if it is shorter than ``index + 1`` components. A negative index
      raises ValueError.

    >>> Version('1.2') == Version('v1.2.0')
    True
    >>> Version('1.9') < Version('1.10')
    True
    >>> str(Version('1.2.7').bump(1)), str(Version('3').bump(2))
    ('1.3.0', '3.0.1')
    """

    def __init__(self, text: str) -> None:
        """Parse text into a version."""

    @property
    def parts(self) -> Tuple[int, ...]:
        """Components as written, as ints."""

    def bump(self, index: int) -> "Version":
        """Increment a component and zero the later ones."""

    def __eq__(self, other: object) -> bool:
        """Numeric equality ignoring trailing zero components."""

    def __lt__(self, other: "Version") -> bool:
        """Numeric ordering."""

    def __hash__(self) -> int:
        """Hash consistent with equality."""

    def __str__(self) -> str:
        """Dotted form."""

    def __repr__(self) -> str:
        """Version('...')."""
