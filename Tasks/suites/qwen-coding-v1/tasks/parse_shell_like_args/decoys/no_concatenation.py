_DQ_ESC = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def split_args(line: str) -> list[str]:
    args = []
    cur = []
    have = False

    def flush():
        nonlocal cur, have
        if have:
            args.append("".join(cur))
        cur, have = [], False

    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c in " \t\n":
            flush()
            i += 1
        elif c == "\\":
            if i + 1 >= n:
                raise ValueError("trailing backslash")
            cur.append(line[i + 1])
            have = True
            i += 2
        elif c == "'":
            flush()
            j = line.find("'", i + 1)
            if j < 0:
                raise ValueError("unterminated single quote")
            args.append(line[i + 1:j])
            i = j + 1
        elif c == '"':
            flush()
            i += 1
            buf = []
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
                    buf.append(_DQ_ESC.get(nx, "\\" + nx))
                    i += 2
                else:
                    buf.append(c)
                    i += 1
            args.append("".join(buf))
        else:
            cur.append(c)
            have = True
            i += 1
    flush()
    return args
