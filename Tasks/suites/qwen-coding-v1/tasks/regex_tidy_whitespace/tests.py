def check(candidate):
    assert candidate("") == ""
    assert candidate("a  \t b   \n\n\n\n  c\t\td  ") == "a b\n\n  c d"
    assert candidate("\r\n\r\nx\r\n") == "x"
    assert candidate("  \t\n\n") == ""
    assert candidate("line1 \n \t \n \nline2") == "line1\n\nline2"
    assert candidate("\tindent  me") == "\tindent me"
    assert candidate("a\u00a0\u00a0b") == "a\u00a0\u00a0b"
    assert candidate("one\rtwo\r\rthree") == "one\ntwo\n\nthree"
    assert candidate("p1\n\np2") == "p1\n\np2"
    assert candidate("  keep  \n    deeper   x ") == "  keep\n    deeper x"
    assert candidate("ünï   cödé") == "ünï cödé"
    assert candidate("w  " * 20000) == " ".join(["w"] * 20000)
