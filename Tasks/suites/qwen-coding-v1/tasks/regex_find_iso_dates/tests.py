def check(candidate):
    assert candidate("") == []
    assert candidate("from 2024-01-05 to 2024-13-01 or 2023-12-31.") == ["2024-01-05", "2023-12-31"]
    assert candidate("id 12024-01-01, stamp 2024-06-15T10:00") == ["2024-06-15"]
    assert candidate("2024-02-30") == ["2024-02-30"]
    assert candidate("2024-00-10 2024-10-00 2024-10-32 2024-1-05") == []
    assert candidate("x2024-01-01y") == ["2024-01-01"]
    assert candidate("2024-01-01-2024-02-02") == ["2024-01-01", "2024-02-02"]
    assert candidate("2024-01-015") == []
    assert candidate("\u0661\u0662\u0663\u0664-01-01") == []
    assert candidate("2024-\u0660\u0661-01") == []
    assert candidate("1999-09-09,2000-10-10;2001-11-11") == ["1999-09-09", "2000-10-10", "2001-11-11"]
    assert candidate("2024-12-31_2025-01-01") == ["2024-12-31", "2025-01-01"]
    assert candidate("d 2020-05-05 " * 5000) == ["2020-05-05"] * 5000
