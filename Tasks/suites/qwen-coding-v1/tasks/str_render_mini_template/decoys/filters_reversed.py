import re

_PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)((?:![a-z]+)*)(?:\|([^{}]*))?\}")
_FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "strip": str.strip,
    "len": lambda s: str(len(s)),
}


def render(template: str, values: dict[str, object]) -> str:
    out = []
    i, n = 0, len(template)
    while i < n:
        c = template[i]
        if c == "{":
            if template.startswith("{{", i):
                out.append("{")
                i += 2
                continue
            m = _PH.match(template, i)
            if not m:
                raise ValueError("bad placeholder at %d" % i)
            name, filters, default = m.groups()
            names = filters.split("!")[1:]
            if name in values:
                s = str(values[name])
            elif default is not None:
                s = default
            else:
                raise KeyError(name)
            for f in reversed(names):
                if f not in _FILTERS:
                    raise ValueError("unknown filter " + f)
                s = _FILTERS[f](s)
            out.append(s)
            i = m.end()
        elif c == "}":
            if template.startswith("}}", i):
                out.append("}")
                i += 2
                continue
            raise ValueError("stray } at %d" % i)
        else:
            out.append(c)
            i += 1
    return "".join(out)
