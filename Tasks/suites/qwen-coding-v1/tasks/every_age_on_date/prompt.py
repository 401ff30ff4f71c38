import datetime


def age_on(birth: datetime.date, on: datetime.date) -> int:
    """Return the age in completed years of someone born on ``birth``, on the date ``on``.

    The age increases on each birthday. For someone born on 29 February, the
    birthday in a non-leap year is 1 March. ``on`` earlier than ``birth`` raises
    ValueError; on the birth date itself the age is 0.

    >>> age_on(datetime.date(2000, 5, 10), datetime.date(2024, 5, 9))
    23
    >>> age_on(datetime.date(2004, 2, 29), datetime.date(2023, 2, 28)), age_on(datetime.date(2004, 2, 29), datetime.date(2023, 3, 1))
    (18, 19)
    """
