import re
from urllib.parse import unquote_plus

_KEY = re.compile(r"([^\[\]]+)((?:\[[^\[\]]*\])*)")
_SEG = re.compile(r"\[([^\[\]]*)\]")


def parse_nested_query(qs: str) -> dict:
    result = {}
    for piece in qs.split("&"):
        if not piece:
            continue
        k, _, v = piece.partition("=")
        value = unquote_plus(v)
        m = _KEY.fullmatch(k)
        if not m:
            raise ValueError("bad key: %r" % k)
        segs = [unquote_plus(s) for s in [m.group(1)] + _SEG.findall(m.group(2))]
        if "" in segs[:-1]:
            raise ValueError("[] must be the last segment")
        node = result
        for i, seg in enumerate(segs[:-1]):
            want = list if segs[i + 1] == "" else dict
            if seg not in node:
                node[seg] = want()
            elif not isinstance(node[seg], want):
                raise ValueError("type conflict at %r" % seg)
            node = node[seg]
        last = segs[-1]
        if last == "":
            node.append(value)
        else:
            if last in node and not isinstance(node[last], str):
                raise ValueError("type conflict at %r" % last)
            node[last] = value
    return result
