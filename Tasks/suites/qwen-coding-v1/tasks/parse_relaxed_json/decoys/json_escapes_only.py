import re

_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b",
            "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_LITERALS = {"true": True, "false": False, "null": None}


class _Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        raise ValueError("%s at position %d" % (msg, self.i))

    def skip(self):
        s = self.s
        while self.i < len(s):
            c = s[self.i]
            if c in " \t\n\r":
                self.i += 1
            elif s.startswith("//", self.i):
                j = s.find("\n", self.i)
                self.i = len(s) if j < 0 else j + 1
            elif s.startswith("/*", self.i):
                j = s.find("*/", self.i + 2)
                if j < 0:
                    self.error("unterminated comment")
                self.i = j + 2
            else:
                break

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else ""

    def value(self):
        self.skip()
        c = self.peek()
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c in ("'", '"'):
            return self.string()
        if c == "-" or c.isdigit():
            m = _NUMBER.match(self.s, self.i)
            if not m:
                self.error("bad number")
            self.i = m.end()
            if m.group(1) or m.group(2):
                return float(m.group())
            return int(m.group())
        m = _IDENT.match(self.s, self.i)
        if m and m.group() in _LITERALS:
            self.i = m.end()
            return _LITERALS[m.group()]
        self.error("unexpected input")

    def string(self):
        q = self.s[self.i]
        self.i += 1
        out = []
        s = self.s
        while True:
            if self.i >= len(s):
                self.error("unterminated string")
            c = s[self.i]
            if c == q:
                self.i += 1
                return "".join(out)
            if c in "\n\r":
                self.error("line break in string")
            if c == "\\":
                nx = s[self.i + 1:self.i + 2]
                if nx in _ESCAPES and nx:
                    out.append(_ESCAPES[nx])
                    self.i += 2
                elif nx == "u":
                    h = s[self.i + 2:self.i + 6]
                    if not _HEX4.fullmatch(h):
                        self.error("bad \\u escape")
                    out.append(chr(int(h, 16)))
                    self.i += 6
                else:
                    self.error("bad escape")
            else:
                out.append(c)
                self.i += 1

    def key(self):
        c = self.peek()
        if c in ("'", '"'):
            return self.string()
        m = _IDENT.match(self.s, self.i)
        if not m:
            self.error("bad key")
        self.i = m.end()
        return m.group()

    def obj(self):
        self.i += 1
        result = {}
        self.skip()
        if self.peek() == "}":
            self.i += 1
            return result
        while True:
            self.skip()
            k = self.key()
            self.skip()
            if self.peek() != ":":
                self.error("expected ':'")
            self.i += 1
            result[k] = self.value()
            self.skip()
            c = self.peek()
            if c == ",":
                self.i += 1
                self.skip()
                if self.peek() == "}":
                    self.i += 1
                    return result
            elif c == "}":
                self.i += 1
                return result
            else:
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        result = []
        self.skip()
        if self.peek() == "]":
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            c = self.peek()
            if c == ",":
                self.i += 1
                self.skip()
                if self.peek() == "]":
                    self.i += 1
                    return result
            elif c == "]":
                self.i += 1
                return result
            else:
                self.error("expected ',' or ']'")


def parse_relaxed_json(text: str) -> object:
    p = _Parser(text)
    v = p.value()
    p.skip()
    if p.i != len(text):
        p.error("trailing data")
    return v
