def parse_long_options(args: list[str]) -> tuple[dict[str, object], list[str]]:
    opts = {}
    pos = []
    it = iter(args)
    for arg in it:
        if arg == "--":
            pos.extend(it)
            break
        if not arg.startswith("--"):
            pos.append(arg)
            continue
        body = arg[2:]
        if "=" in body:
            name, _, value = body.partition("=")
            opts[name] = value
        elif body.startswith("no-"):
            opts[body[3:]] = False
        else:
            opts[body] = True
    return opts, pos
