def split_args(line: str) -> list[str]:
    args = []
    cur = []
    have = False
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c.isspace():
            if have:
                args.append("".join(cur))
                cur, have = [], False
            i += 1
        elif c == "\\":
            if i + 1 >= n:
                raise ValueError("trailing backslash")
            cur.append(line[i + 1])
            have = True
            i += 2
        elif c == "'":
            j = line.find("'", i + 1)
            if j < 0:
                raise ValueError("unterminated single quote")
            cur.append(line[i + 1:j])
            have = True
            i = j + 1
        elif c == '"':
            have = True
            i += 1
            while True:
                if i >= n:
                    raise ValueError("unterminated double quote")
                c = line[i]
                if c == '"':
                    i += 1
                    break
                if c == "\\":
                    if i + 1 >= n:
                        raise ValueError("unterminated double quote")
                    nx = line[i + 1]
                    cur.append({"n": "\n", "t": "\t"}.get(nx, nx))
                    i += 2
                else:
                    cur.append(c)
                    i += 1
        else:
            cur.append(c)
            have = True
            i += 1
    if have:
        args.append("".join(cur))
    return args
