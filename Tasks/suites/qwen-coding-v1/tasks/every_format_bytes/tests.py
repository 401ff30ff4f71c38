def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    assert candidate(0) == "0 B" and candidate(1023) == "1023 B" and candidate(1024) == "1 KiB" and candidate(1536) == "1.5 KiB"
    assert candidate(1126) == "1.1 KiB" and candidate(1048524) == "1023.9 KiB" and candidate(1048525) == "1 MiB" and candidate(1048575) == "1 MiB"
    assert candidate(999, False) == "999 B" and candidate(1000, False) == "1 kB" and candidate(1050, False) == "1.1 kB"
    assert candidate(1250, False) == "1.3 kB" and candidate(2250, False) == "2.3 kB" and candidate(1049, False) == "1 kB"
    assert candidate(999_949, False) == "999.9 kB" and candidate(999_950, False) == "1 MB" and candidate(999_950_000, False) == "1 GB"
    assert candidate(3 * 1024 ** 3 + 1024 ** 3 // 2) == "3.5 GiB" and candidate(10 ** 18, False) == "1000 PB" and candidate(2 ** 61) == "2048 PiB"
    assert candidate(-1536) == "-1.5 KiB" and candidate(-5) == "-5 B"
    assert _raises(TypeError, candidate, 1.5) and _raises(TypeError, candidate, True)
