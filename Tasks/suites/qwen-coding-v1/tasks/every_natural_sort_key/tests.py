def check(candidate):
    assert sorted(["file10.txt", "file2.txt", "file1.txt", "File1.txt"], key=candidate) == ["File1.txt", "file1.txt", "file2.txt", "file10.txt"]
    assert sorted(["a2", "a001", "a1", "a01"], key=candidate) == ["a1", "a01", "a001", "a2"]
    assert sorted(["v100", "v9", "V10", "10", "9"], key=candidate) == ["9", "10", "v9", "V10", "v100"]
    assert sorted(["x1y10", "x1y9", "x1"], key=candidate) == ["x1", "x1y9", "x1y10"]
    assert sorted(["b", "B", "a"], key=candidate) == ["a", "B", "b"]
    assert sorted(["1", "a", "_x", "b2", "b"], key=candidate) == ["1", "_x", "a", "b", "b2"]
    assert sorted(["img12345678901234567890.png", "img9.png"], key=candidate) == ["img9.png", "img12345678901234567890.png"]
    assert isinstance(candidate("abc"), tuple) and candidate("a1") != candidate("a01") and candidate("A") != candidate("a") and candidate("x7") == candidate("x7")
