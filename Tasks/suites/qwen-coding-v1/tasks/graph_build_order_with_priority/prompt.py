from typing import Dict, List, Optional


def build_schedule(deps: Dict[str, List[str]], priority: Dict[str, int]) -> Optional[List[str]]:
    """Order build targets so prerequisites come first, preferring urgent targets.

    ``deps[t]`` lists the targets that must be built before target ``t``. The set of
    all targets is every key of ``deps`` plus every target mentioned in a list.
    ``priority`` gives an integer priority per target; targets missing from it have
    priority 0.

    Targets are built one at a time. At each step, among the targets not yet built
    whose prerequisites are all built, build the one with the highest priority;
    break ties by the smallest name (plain string comparison). Return the full build
    order, or ``None`` if a dependency cycle makes it impossible to build every
    target.

    >>> build_schedule({"app": ["lib", "assets"], "lib": ["core"], "assets": [], "core": []}, {"assets": 5, "core": 1})
    ['assets', 'core', 'lib', 'app']
    >>> build_schedule({"x": [], "y": [], "w": []}, {})
    ['w', 'x', 'y']
    >>> build_schedule({"a": ["b"], "b": ["a"]}, {}) is None
    True
    """
