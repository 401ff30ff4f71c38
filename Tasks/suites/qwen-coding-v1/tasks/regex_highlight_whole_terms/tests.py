def check(candidate):
    assert candidate("", ["x"]) == ""
    assert candidate("abc", []) == "abc"
    assert candidate("abc", [""]) == "abc"
    assert candidate("Python and python3 and PYTHON", ["python"]) == "**Python** and python3 and **PYTHON**"
    assert candidate("New York City is in New York", ["new york", "new york city"]) == "**New York City** is in **New York**"
    assert candidate("I like C++ and C", ["c++"]) == "I like **C++** and C"
    assert candidate("Über über überall", ["über"]) == "**Über** **über** überall"
    assert candidate("axb a.b", ["a.b"]) == "axb **a.b**"
    assert candidate("new yorkers love new york", ["new york", "new yorker"]) == "new yorkers love **new york**"
    assert candidate("cat_dog cat-dog", ["cat"]) == "cat_dog **cat**-dog"
    assert candidate("a (b) c", ["(b)"]) == "a **(b)** c"
    assert candidate("x+y", ["x", "y"]) == "**x**+**y**"
    assert candidate("word " * 10000, ["WORD"]) == "**word** " * 10000
