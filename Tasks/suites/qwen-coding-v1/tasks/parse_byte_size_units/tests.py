def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("1.5 KiB") == 1536
    assert candidate("2MB") == 2000000
    assert candidate("512") == 512
    assert candidate("4.35 kB") == 4350
    assert candidate("2.01 kB") == 2010
    assert candidate("8.11 MB") == 8110000
    assert candidate("0.0001 k") == 0
    assert candidate("10 B") == 10
    assert candidate("3 TiB") == 3298534883328
    assert candidate("1.9b") == 1
    assert candidate("  7 gib ") == 7516192768
    assert candidate("0.1 kib") == 102
    assert candidate("123456789.123456789 TB") == 123456789123456789000
    assert candidate("1.1 GB") == 1100000000
    assert candidate("0") == 0
    assert _bad(candidate, "1 PiB")
    assert _bad(candidate, "-1 kb")
    assert _bad(candidate, "1.5.2")
    assert _bad(candidate, "")
    assert _bad(candidate, "kb")
    assert _bad(candidate, "1e3")
    assert _bad(candidate, "1 k b")
    assert _bad(candidate, ".5k")
