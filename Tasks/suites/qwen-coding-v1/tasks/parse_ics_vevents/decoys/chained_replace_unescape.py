import re

_LINE = re.compile(r'([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:"]*))*):(.*)', re.DOTALL)
_PARAM = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^;:"]*)')
_ESC = re.compile(r"\\([\\;,nN])")


def _unescape(v):
    return (v.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
             .replace("\\;", ";").replace("\\\\", "\\"))


def parse_ics_events(text: str) -> list[dict[str, tuple[dict[str, str], str]]]:
    lines = []
    for raw in re.split(r"\r\n|\n", text):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    events = []
    cur = None
    depth = 0
    for line in lines:
        if line == "":
            continue
        m = _LINE.fullmatch(line)
        if not m:
            if cur is not None:
                raise ValueError("malformed content line: %r" % line)
            continue
        name = m.group(1).upper()
        value = m.group(3)
        if name == "BEGIN":
            if cur is None:
                if value.upper() == "VEVENT":
                    cur, depth = {}, 0
            else:
                depth += 1
        elif name == "END":
            if cur is not None:
                if depth > 0:
                    depth -= 1
                elif value.upper() == "VEVENT":
                    events.append(cur)
                    cur = None
                else:
                    raise ValueError("mismatched END")
        elif cur is not None and depth == 0:
            params = {}
            for pm in _PARAM.finditer(m.group(2)):
                pv = pm.group(2)
                if pv.startswith('"'):
                    pv = pv[1:-1]
                params[pm.group(1).upper()] = pv
            cur[name] = (params, _unescape(value))
    if cur is not None:
        raise ValueError("unterminated VEVENT")
    return events
