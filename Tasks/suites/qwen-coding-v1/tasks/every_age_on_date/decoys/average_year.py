import datetime


def age_on(birth: datetime.date, on: datetime.date) -> int:
    if on < birth:
        raise ValueError("date is before birth")
    return int((on - birth).days / 365.2425)
