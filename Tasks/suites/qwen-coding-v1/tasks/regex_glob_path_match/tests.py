def check(candidate):
    assert candidate("src/*.py", "src/main.py") is True
    assert candidate("src/*.py", "src/pkg/main.py") is False
    assert candidate("src/**/*.py", "src/main.py") is True
    assert candidate("src/**/*.py", "src/a/b/main.py") is True
    assert candidate("data/[!a-c]?.csv", "data/d1.csv") is True
    assert candidate("data/[!a-c]?.csv", "data/b1.csv") is False
    assert candidate("**", "") is True
    assert candidate("**", "x/y/z") is True
    assert candidate("a/**", "a") is False
    assert candidate("a/**", "a/") is True
    assert candidate("a/**/b", "a/x/y/b") is True
    assert candidate("a/**/b", "a/b") is True
    assert candidate("a/**/b", "a/xb") is False
    assert candidate("**/c", "c") is True
    assert candidate("a**b", "a/b") is False
    assert candidate("a**b", "axxb") is True
    assert candidate("?", "/") is False
    assert candidate("a[/]b", "a/b") is False
    assert candidate("a[!x]b", "a/b") is False
    assert candidate("\\*", "*") is True
    assert candidate("\\*", "x") is False
    assert candidate("[]]", "]") is True
    assert candidate("[!]]", "a") is True and candidate("[!]]", "]") is False
    assert candidate("[abc", "[abc") is True
    assert candidate("*.PY", "x.py") is False
    assert candidate("file[0-9].txt", "file5.txt") is True
    assert candidate("[z-a]", "m") is False
    assert candidate("[-a]", "-") is True
    assert candidate("a.b", "axb") is False
    assert candidate("(x)+", "(x)+") is True
    assert candidate("end\\", "end\\") is True
    assert candidate("*", "") is True and candidate("?", "") is False
    assert candidate("ünï/*", "ünï/cödé") is True
