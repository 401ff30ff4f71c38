def check(candidate):
    assert candidate("") == {}
    assert candidate(" ; ;; ") == {}
    assert candidate('sid=abc123; theme="dark"; lang=en') == {"sid": "abc123", "theme": "dark", "lang": "en"}
    assert candidate("a=1; a=2; flag; =x; b = 2 ") == {"a": "1", "b": "2"}
    assert candidate("token=a=b==") == {"token": "a=b=="}
    assert candidate('q="abc') == {"q": '"abc'}
    assert candidate('q=""') == {"q": ""}
    assert candidate('q="a"b"') == {"q": 'a"b'}
    assert candidate('q="') == {"q": '"'}
    assert candidate("ID=1; id=2") == {"ID": "1", "id": "2"}
    assert candidate("name=J%C3%BCrgen; city=Zürich") == {"name": "J%C3%BCrgen", "city": "Zürich"}
    assert candidate("e=") == {"e": ""}
    big = "; ".join("k%d=v%d" % (i, i) for i in range(5000))
    assert candidate(big)["k4999"] == "v4999"
