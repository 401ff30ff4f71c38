import re

_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?"
_HEAD = re.compile(r"(%s)\s*(?:\[([^\[\]]*)\])?\s*(.*)" % _NAME, re.DOTALL)
_SPEC = re.compile(r"(===|==|!=|<=|>=|~=|<|>)\s*([A-Za-z0-9.*+!_-]+)")
_COMMENT = re.compile(r"(?:^|(?<=\s))#.*", re.DOTALL)


def _norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_requirement(line: str) -> dict | None:
    line = _COMMENT.sub("", line, count=1)
    if not line.strip():
        return None
    marker = None
    if ";" in line:
        line, marker = line.split(";", 1)
        marker = marker.strip()
        if not marker:
            raise ValueError("empty marker")
    m = _HEAD.fullmatch(line.strip())
    if not m:
        raise ValueError("bad requirement: %r" % line)
    name = _norm(m.group(1))
    extras = []
    if m.group(2) is not None and m.group(2).strip():
        for e in m.group(2).split(","):
            e = e.strip()
            if not re.fullmatch(_NAME, e):
                raise ValueError("bad extra: %r" % e)
            extras.append(_norm(e))
    specs = []
    rest = m.group(3).strip()
    if rest:
        for item in rest.split(","):
            sm = _SPEC.fullmatch(item.strip())
            if not sm:
                raise ValueError("bad specifier: %r" % item)
            specs.append((sm.group(1), sm.group(2)))
    return {"name": name, "extras": extras, "specifiers": specs, "marker": marker}
