def _bad(candidate, s):
    try:
        candidate(s)
    except ValueError:
        return True
    return False


def check(candidate):
    assert candidate("HTTP/1.1 404 Not Found") == ("1.1", 404, "Not Found")
    assert candidate("HTTP/2 204") == ("2", 204, "")
    assert candidate("HTTP/1.0 200 OK\r\n") == ("1.0", 200, "OK")
    assert candidate("HTTP/1.1 200 ") == ("1.1", 200, "")
    assert candidate("HTTP/1.1 200 OK  ") == ("1.1", 200, "OK  ")
    assert candidate("HTTP/1.1 503 Service  Unavailable\n") == ("1.1", 503, "Service  Unavailable")
    assert candidate("HTTP/1.1 200 Très bien") == ("1.1", 200, "Très bien")
    assert candidate("HTTP/1.1 100") == ("1.1", 100, "")
    assert candidate("HTTP/1.1 599 x") == ("1.1", 599, "x")
    assert _bad(candidate, "HTTP/1.1 099 X")
    assert _bad(candidate, "HTTP/1.1 600")
    assert _bad(candidate, "http/1.1 200 OK")
    assert _bad(candidate, "HTTP/1.1  200 OK")
    assert _bad(candidate, "HTTP/1.1 2000 OK")
    assert _bad(candidate, "HTTP/1.1 20 OK")
    assert _bad(candidate, "HTTP/11 200 OK")
    assert _bad(candidate, "HTTP/1.1 200OK")
    assert _bad(candidate, "")
