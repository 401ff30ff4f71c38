import datetime


def age_on(birth: datetime.date, on: datetime.date) -> int:
    if on < birth:
        raise ValueError("date is before birth")
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years
