from datetime import date


def check(candidate):
    assert candidate(date(2021, 1, 3)) == "2020-W53-7"
    assert candidate(date(2024, 12, 30)) == "2025-W01-1"
    assert candidate(date(2023, 6, 15)) == "2023-W24-4"
    assert candidate(date(2021, 1, 4)) == "2021-W01-1"
    assert candidate(date(2015, 12, 31)) == "2015-W53-4"
    assert candidate(date(2016, 1, 1)) == "2015-W53-5"
    assert candidate(date(2018, 12, 31)) == "2019-W01-1"
    assert candidate(date(2008, 2, 29)) == "2008-W09-5"
    assert candidate(date(1, 1, 1)) == "0001-W01-1"
    assert candidate(date(9999, 12, 31)) == "9999-W52-5"
    assert candidate(date(2010, 1, 3)) == "2009-W53-7"
