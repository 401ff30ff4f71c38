def _raises(exc, fn, *args):
    try:
        fn(*args)
    except exc:
        return True
    except Exception:
        return False
    return False


def check(candidate):
    p = "/home/alice/projects/qwen/src/main.py"
    assert candidate(p, 25) == "/…/qwen/src/main.py" and candidate(p, 37) == p and candidate(p, 36) == "/…/alice/projects/qwen/src/main.py"
    assert candidate(p, 34) == "/…/alice/projects/qwen/src/main.py" and candidate(p, 33) == "/…/projects/qwen/src/main.py"
    assert candidate(p, 10) == "/…/main.py" and candidate(p, 9) == "…/main.py" and candidate(p, 13) == "/…/main.py"
    assert candidate("docs/guide/advanced/tuning/index.md", 24) == "docs/…/tuning/index.md"
    assert candidate("a/b", 2) == "…b" and candidate("abcdef", 4) == "…def" and candidate("abcdef", 1) == "…"
    long_p = "/verylongdirectoryname/anotherlongone/file_with_long_name.txt"
    assert candidate(long_p, 20) == "…" + long_p[-19:]
    assert candidate("/a/b/c/", 6) == "/…/c/" and candidate("/a/b/c/", 7) == "/a/b/c/"
    assert candidate("x/y/z/w", 6) == "x/…/w" and candidate("/srv/data/logs/today/app.log", 20) == "/…/today/app.log"
    for n in (1, 5, 12, 20, 30):
        assert len(candidate("/usr/local/share/very/deep/tree/file.txt", n)) <= n
    assert _raises(ValueError, candidate, "abc", 0)
