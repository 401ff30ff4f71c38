import re

_REF = re.compile(
    r"\$(?:(\$)"
    r"|([A-Za-z_][A-Za-z0-9_]*)"
    r"|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:-|-)([^}]*))?\})"
)


def substitute(template: str, env: dict[str, str]) -> str:
    def repl(m):
        if m.group(1):
            return "$"
        if m.group(2):
            name = m.group(2)
            return env[name] if name in env else m.group(0)
        name, op, default = m.group(3), m.group(4), m.group(5)
        if op is None:
            return env[name] if name in env else m.group(0)
        return env[name] if name in env else default
    return _REF.sub(repl, template)
