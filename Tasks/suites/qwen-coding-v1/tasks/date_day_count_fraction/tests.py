import math
from datetime import date


def check(candidate):
    close = lambda a, b: math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15)
    assert close(candidate(date(2024, 1, 15), date(2024, 3, 31), "30/360-US"), 76 / 360)
    assert close(candidate(date(2024, 1, 15), date(2024, 3, 31), "30E/360"), 75 / 360)
    assert close(candidate(date(2024, 1, 1), date(2025, 1, 1), "ACT/ACT-ISDA"), 1.0)
    assert close(candidate(date(2024, 1, 1), date(2024, 7, 1), "ACT/360"), 182 / 360)
    assert close(candidate(date(2024, 1, 1), date(2024, 7, 1), "ACT/365F"), 182 / 365)
    assert close(candidate(date(2023, 7, 1), date(2024, 7, 1), "ACT/ACT-ISDA"), 184 / 365 + 182 / 366)
    assert close(candidate(date(2023, 12, 31), date(2025, 1, 2), "ACT/ACT-ISDA"), 1 / 365 + 1.0 + 1 / 365)
    assert close(candidate(date(2024, 1, 31), date(2024, 3, 31), "30/360-US"), 60 / 360)
    assert close(candidate(date(2024, 2, 29), date(2024, 8, 31), "30/360-US"), 182 / 360)
    assert close(candidate(date(2024, 2, 29), date(2024, 8, 31), "30E/360"), 181 / 360)
    assert close(candidate(date(2023, 2, 28), date(2024, 2, 29), "30E/360"), 361 / 360)
    assert close(candidate(date(2020, 3, 31), date(2023, 3, 1), "30/360-US"), (360 * 3 - 29) / 360)
    assert candidate(date(2024, 5, 5), date(2024, 5, 5), "ACT/ACT-ISDA") == 0.0
    assert close(candidate(date(2000, 2, 15), date(2000, 5, 15), "ACT/ACT-ISDA"), 90 / 366)
    assert close(candidate(date(1900, 2, 15), date(1900, 5, 15), "ACT/ACT-ISDA"), 89 / 365)
    for args in ((date(2024, 2, 1), date(2024, 1, 1), "ACT/360"), (date(2024, 1, 1), date(2024, 2, 1), "ACT/365")):
        try:
            candidate(*args)
            assert False, "expected ValueError"
        except ValueError:
            pass
