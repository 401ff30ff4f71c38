import re


def _translate(pat):
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        if c == "*":
            if (pat.startswith("**", i) and (i == 0 or pat[i - 1] == "/")
                    and (i + 2 == n or pat[i + 2] == "/")):
                if i + 2 == n:
                    out.append(".*")
                    i += 2
                else:
                    out.append("(?:[^/]*/)*")
                    i += 3
            else:
                while i < n and pat[i] == "*":
                    i += 1
                out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = i + 1
            neg = False
            if j < n and pat[j] == "!":
                neg = True
                j += 1
            start = j
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                out.append(re.escape("["))
                i += 1
                continue
            content = pat[start:j]
            items = []
            k = 0
            while k < len(content):
                if k + 2 < len(content) and content[k + 1] == "-":
                    lo, hi = content[k], content[k + 2]
                    if lo <= hi:
                        items.append(re.escape(lo) + "-" + re.escape(hi))
                    k += 3
                else:
                    items.append(re.escape(content[k]))
                    k += 1
            if not items:
                out.append("[^/]" if neg else "(?!)")
            else:
                out.append("[" + ("^" if neg else "") + "".join(items) + "]")
            i = j + 1
        elif c == "\\":
            if i + 1 < n:
                out.append(re.escape(pat[i + 1]))
                i += 2
            else:
                out.append(re.escape("\\"))
                i += 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def glob_match(pattern: str, path: str) -> bool:
    return re.fullmatch(_translate(pattern), path, re.DOTALL) is not None
