"""Find which locked packages could move to a newer version without breaking the others."""

from pkgres.resolver import resolve


def plan_upgrades(requirements, index, locked):
    """{name: newest Version that still resolves with everything else}, for packages that can move.

    For each locked package, try its newer versions (newest first) pinned exactly,
    together with the original requirements.
    """
    plan = {}
    for name, current in sorted(locked.items()):
        for version in index.versions(name):
            if version <= current:
                break
            attempt = list(requirements) + [f"{name}=={version}"]
            if resolve(attempt, index) is None:
                continue
            plan[name] = version
            break
    return plan
