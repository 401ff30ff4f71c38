from typing import Dict, List


def impacted_packages(deps: Dict[str, List[str]], changed: str) -> List[str]:
    """Find every package that must be rebuilt after ``changed`` is modified.

    ``deps[p]`` lists the packages that ``p`` depends on directly. Packages may
    appear only inside dependency lists (without a key of their own), and the
    dependency graph may contain cycles. A package ``q`` is impacted if it depends on
    ``changed`` directly or through a chain of dependencies. ``changed`` itself is
    impacted only if it depends on itself through such a chain (a cycle).

    Return the impacted packages sorted ascending.

    >>> deps = {"app": ["web", "db"], "web": ["http"], "db": [], "cli": ["http"]}
    >>> impacted_packages(deps, "http")
    ['app', 'cli', 'web']
    >>> impacted_packages(deps, "app")
    []
    >>> impacted_packages({"a": ["b"], "b": ["a"], "c": ["a"]}, "a")
    ['a', 'b', 'c']
    """
