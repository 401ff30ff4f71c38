import datetime


def age_on(birth: datetime.date, on: datetime.date) -> int:
    if on < birth:
        raise ValueError("date is before birth")
    try:
        birthday = birth.replace(year=on.year)
    except ValueError:
        birthday = birth.replace(year=on.year, day=28)
    years = on.year - birth.year
    if on < birthday:
        years -= 1
    return years
