def check(candidate):
    assert candidate("") == ""
    assert candidate("no emails here") == "no emails here"
    assert candidate("Contact john.doe@example.com or a@b.io") == "Contact j***@example.com or a***@b.io"
    assert candidate("mail: Ann+tag@Sub.Example.ORG.") == "mail: A***@Sub.Example.ORG."
    assert candidate("x@localhost stays") == "x@localhost stays"
    assert candidate("jürgen@x.com") == "jür***@x.com"
    assert candidate("a@b.com2") == "a@b.com2"
    assert candidate("bob@mail.co.uk, eve@x-y.net") == "b***@mail.co.uk, e***@x-y.net"
    assert candidate("@nobody.com") == "@nobody.com"
    assert candidate("x@y.c") == "x@y.c"
    assert candidate("<first.last@sub-domain.example.museum>!") == "<f***@sub-domain.example.museum>!"
    assert candidate("%odd_one-99@host.io") == "%***@host.io"
    assert candidate("u1@d.org " * 3000) == "u***@d.org " * 3000
