from string import Template


def substitute(template: str, env: dict[str, str]) -> str:
    return Template(template).safe_substitute(env)
