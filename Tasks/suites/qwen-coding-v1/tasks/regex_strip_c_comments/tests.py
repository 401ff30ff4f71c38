def check(candidate):
    assert candidate("") == ""
    assert candidate("int x = 1; // set x\nint y; /* y */ int z;") == "int x = 1; \nint y;   int z;"
    assert candidate('puts("http://x"); /* a */b/* c */') == 'puts("http://x");  b '
    assert candidate('s = "a\\"//b"; // c') == 's = "a\\"//b"; '
    assert candidate("c = '\"'; // q") == "c = '\"'; "
    assert candidate("c = '/'; d = '*'; // e") == "c = '/'; d = '*'; "
    assert candidate("x /* open") == "x  "
    assert candidate("a = b / c; // d") == "a = b / c; "
    assert candidate("/*/ x */y") == " y"
    assert candidate("int/**/x;") == "int x;"
    assert candidate("a // one\nb // two\n") == "a \nb \n"
    assert candidate("/* multi\nline */z") == " z"
    assert candidate('x = "unterminated // rest\ny') == 'x = "unterminated \ny'
    assert candidate('s = "line\\\ncont // still string"; // gone') == 's = "line\\\ncont // still string"; '
    assert candidate("r = a /* 1 */ * b /* 2 */;") == "r = a   * b  ;"
    assert candidate("x = '//'; y") == "x = '//'; y"
    assert candidate("a = '\"'; /* c */ b = '\"';") == "a = '\"';   b = '\"';"
    assert candidate('a = "x\n// c\n"') == 'a = "x\n\n"'
    assert candidate("ünï /* cödé */ ok") == "ünï   ok"
    assert candidate("x = 1; /* c */\n" * 2000) == "x = 1;  \n" * 2000
