"""Turn query text into tokens."""

from dataclasses import dataclass

from minisql.errors import QueryError

KEYWORDS = {
    "SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "AS", "ORDER", "BY", "ASC", "DESC",
    "NULL", "TRUE", "FALSE", "IS", "IN", "LIKE", "BETWEEN", "CASE", "WHEN", "THEN", "ELSE", "END",
}

SYMBOLS = ["<=", ">=", "<>", "!=", "=", "<", ">", "(", ")", ",", "*", "+", "-", "/", "%", "?"]


@dataclass(frozen=True)
class Token:
    kind: str  # "keyword", "ident", "number", "string", "symbol" or "end"
    value: object
    pos: int

    def is_keyword(self, *names):
        return self.kind == "keyword" and self.value in names

    def is_symbol(self, *symbols):
        return self.kind == "symbol" and self.value in symbols

    def describe(self):
        if self.kind == "end":
            return "end of query"
        if self.kind == "string":
            return repr(self.value)
        return str(self.value)


def tokenize(text):
    tokens = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch == "-" and text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end == -1 else end + 1
        elif ch.isdigit() or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            start = i
            while i < n and (text[i].isdigit() or text[i] == "."):
                i += 1
            literal = text[start:i]
            if literal.count(".") > 1:
                raise QueryError(f"malformed number {literal!r}", start)
            value = float(literal) if "." in literal else int(literal)
            tokens.append(Token("number", value, start))
        elif ch == "'":
            start = i
            i += 1
            chars = []
            while True:
                if i >= n:
                    raise QueryError("unterminated string literal", start)
                if text[i] == "'":
                    if text.startswith("''", i):
                        chars.append("'")
                        i += 2
                        continue
                    i += 1
                    break
                chars.append(text[i])
                i += 1
            tokens.append(Token("string", "".join(chars), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            word = text[start:i]
            if word.upper() in KEYWORDS:
                tokens.append(Token("keyword", word.upper(), start))
            else:
                tokens.append(Token("ident", word, start))
        elif ch == '"':
            start = i
            end = text.find('"', i + 1)
            if end == -1:
                raise QueryError("unterminated quoted identifier", start)
            tokens.append(Token("ident", text[i + 1:end], start))
            i = end + 1
        else:
            for symbol in SYMBOLS:
                if text.startswith(symbol, i):
                    tokens.append(Token("symbol", symbol, i))
                    i += len(symbol)
                    break
            else:
                raise QueryError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", None, n))
    return tokens
