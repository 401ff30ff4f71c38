def _tokenize(s):
    tokens = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in " \t\r\n":
            i += 1
        elif "0" <= c <= "9":
            j = i
            while j < n and "0" <= s[j] <= "9":
                j += 1
            tokens.append(int(s[i:j]))
            i = j
        elif c in "+-*/%^()":
            tokens.append(c)
            i += 1
        else:
            raise ValueError("unexpected character %r" % c)
    return tokens


def _tdiv(a, b):
    if b == 0:
        raise ZeroDivisionError("division by zero")
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


class _Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0

    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self):
        tok = self.peek()
        self.i += 1
        return tok

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            if self.take() == "+":
                v += self.term()
            else:
                v -= self.term()
        return v

    def term(self):
        v = self.unary()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.unary()
            if op == "*":
                v *= r
            elif op == "/":
                v = _tdiv(v, r)
            else:
                v = v - r * _tdiv(v, r)
        return v

    def unary(self):
        if self.peek() in ("+", "-"):
            op = self.take()
            v = self.unary()
            return -v if op == "-" else v
        return self.power()

    def power(self):
        base = self.atom()
        while self.peek() == "^":
            self.take()
            if self.peek() in ("+", "-"):
                e = self.unary()
            else:
                e = self.atom()
            if e < 0:
                raise ValueError("negative exponent")
            base = base ** e
        return base

    def atom(self):
        tok = self.take()
        if isinstance(tok, int):
            return tok
        if tok == "(":
            v = self.expr()
            if self.take() != ")":
                raise ValueError("expected ')'")
            return v
        raise ValueError("unexpected token %r" % (tok,))


def evaluate(expr: str) -> int:
    p = _Parser(_tokenize(expr))
    v = p.expr()
    if p.i != len(p.t):
        raise ValueError("unexpected trailing tokens")
    return v
