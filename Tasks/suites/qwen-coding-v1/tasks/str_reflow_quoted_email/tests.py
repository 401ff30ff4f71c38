def check(candidate):
    assert candidate("", 20) == []
    assert candidate("\n\n", 20) == ["", ""]
    assert candidate("> a\n> b", 20) == ["> a b"]
    assert candidate("> > x\n>> y\n>>z", 20) == [">> x y z"]
    assert candidate("> a\n> > b c", 80) == ["> a", ">> b c"]
    assert candidate(">>> supercalifragilistic ok", 10) == [">>> supercalifragilistic", ">>> ok"]
    assert candidate("a\n>>\nb", 20) == ["a", ">>", "b"]
    assert candidate(">  \n>   spaced   out  ", 20) == [">", "> spaced out"]
    assert candidate("> aaaa bbbb", 11) == ["> aaaa bbbb"]
    assert candidate("> aaaa bbbb", 10) == ["> aaaa", "> bbbb"]
    assert candidate("one two\r\nthree\r\n\r\n> four", 9) == ["one two", "three", "", "> four"]
    assert candidate("> héllo wörld\n> ça", 12) == ["> héllo", "> wörld ça"]
    text = "> hello there general\n> kenobi\n>\n>> nested quote goes here\nmy reply is this"
    assert candidate(text, 14) == ["> hello there", "> general", "> kenobi", ">", ">> nested", ">> quote goes", ">> here", "my reply is", "this"]
    big = "\n".join(["> word"] * 5000)
    res = candidate(big, 50)
    assert res[0] == "> " + " ".join(["word"] * 9) and len(res) == 556
