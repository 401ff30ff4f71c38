import re

_PH = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)((?:![a-z]+)*)(?:\|([^{}]*))?\}")
_FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "strip": str.strip,
    "len": lambda s: str(len(s)),
}


def render(template: str, values: dict[str, object]) -> str:
    work = template.replace("{{", "\x00").replace("}}", "\x01")

    def sub(m):
        name, filters, default = m.groups()
        names = filters.split("!")[1:]
        for f in names:
            if f not in _FILTERS:
                raise ValueError("unknown filter " + f)
        if name in values:
            s = str(values[name])
        elif default is not None:
            s = default
        else:
            raise KeyError(name)
        for f in names:
            s = _FILTERS[f](s)
        return s.replace("{", "\x02").replace("}", "\x03")

    work = _PH.sub(sub, work)
    if "{" in work or "}" in work:
        raise ValueError("unbalanced braces")
    return (work.replace("\x00", "{").replace("\x01", "}")
                .replace("\x02", "{").replace("\x03", "}"))
