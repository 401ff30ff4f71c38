import re


def substitute(template: str, env: dict[str, str]) -> str:
    out = template.replace("$$", "\x00")

    def default_repl(m):
        name, op, default = m.group(1), m.group(2), m.group(3)
        if op == ":-":
            return env[name] if env.get(name) else default
        return env[name] if name in env else default

    out = re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(:-|-)([^}]*)\}", default_repl, out)
    for name in sorted(env, key=len, reverse=True):
        out = out.replace("${" + name + "}", env[name]).replace("$" + name, env[name])
    return out.replace("\x00", "$")
