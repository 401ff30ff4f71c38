from datetime import date


def age_on(birth: date, on: date) -> int:
    """Return the number of full years a person born on `birth` has lived on
    the date `on`.

    The age increases on each anniversary of the birth date.  For people
    born on 29 February the anniversary in a non-leap year is 1 March (so on
    28 February of a non-leap year they have not yet had their birthday).
    On the birth date itself the age is 0.  Raise ValueError if on < birth.

    >>> age_on(date(1990, 7, 15), date(2020, 7, 14))
    29
    >>> age_on(date(1990, 7, 15), date(2020, 7, 15))
    30
    >>> age_on(date(2000, 2, 29), date(2001, 2, 28))
    0
    """
