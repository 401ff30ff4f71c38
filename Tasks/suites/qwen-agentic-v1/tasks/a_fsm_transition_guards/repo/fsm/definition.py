"""Loading and validating machine descriptions."""

import json

from .errors import DefinitionError

WILDCARD = "*"
_TRANSITION_KEYS = {"event", "source", "target", "action", "internal"}


class Transition:
    """One edge of the machine.

    ``source`` may be a single state, a list of states or ``"*"`` (any
    non-final state).  An ``internal`` transition runs its action without
    leaving the state (no exit/enter hooks); its target must equal the source.
    """

    __slots__ = ("event", "sources", "target", "action", "internal", "index")

    def __init__(self, event, sources, target, action=None, internal=False, index=0):
        self.event = event
        self.sources = sources
        self.target = target
        self.action = action
        self.internal = internal
        self.index = index

    def applies_to(self, state):
        return self.sources == WILDCARD or state in self.sources

    def __repr__(self):
        src = self.sources if self.sources == WILDCARD else ",".join(self.sources)
        return "Transition(%s: %s -> %s)" % (self.event, src, self.target)


class Definition:
    def __init__(self, states, initial, final, transitions, hooks):
        self.states = states            # list, declaration order
        self.initial = initial
        self.final = final              # set
        self.transitions = transitions  # list of Transition, declaration order
        self.hooks = hooks              # {state: {"enter": name, "exit": name}}

    def events(self):
        seen = []
        for t in self.transitions:
            if t.event not in seen:
                seen.append(t.event)
        return seen

    def candidates(self, state, event):
        """Transitions for ``event`` that may leave ``state``, in order."""
        return [t for t in self.transitions if t.event == event and t.applies_to(state)]

    def action_names(self):
        names = {t.action for t in self.transitions if t.action}
        for hooks in self.hooks.values():
            names.update(n for n in hooks.values() if n)
        return names


def _as_list(value, what):
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value) and value:
        return list(value)
    raise DefinitionError("%s must be a state name or a non-empty list of names" % what)


def _collect_states(data, transitions):
    states = []

    def add(name):
        if name != WILDCARD and name not in states:
            states.append(name)

    for name in data.get("states", []):
        add(name)
    add(data["initial"])
    for name in data.get("final", []):
        add(name)
    for raw in transitions:
        for name in _as_list(raw["source"], "source"):
            add(name)
        add(raw["target"])
    return states


def build_definition(data):
    """Validate ``data`` (a dict) and turn it into a :class:`Definition`."""
    if not isinstance(data, dict):
        raise DefinitionError("definition must be an object")
    if "initial" not in data:
        raise DefinitionError("definition has no initial state")
    raw_transitions = data.get("transitions", [])
    if not isinstance(raw_transitions, list) or not raw_transitions:
        raise DefinitionError("definition needs a list of transitions")
    for i, raw in enumerate(raw_transitions):
        if not isinstance(raw, dict):
            raise DefinitionError("transition %d is not an object" % i)
        unknown = set(raw) - _TRANSITION_KEYS
        if unknown:
            raise DefinitionError("transition %d has unknown keys: %s" % (i, ", ".join(sorted(unknown))))
        for key in ("event", "source", "target"):
            if key not in raw:
                raise DefinitionError("transition %d lacks %r" % (i, key))
        if raw["target"] == WILDCARD:
            raise DefinitionError("transition %d: target cannot be '*'" % i)

    states = _collect_states(data, raw_transitions)
    declared = data.get("states")
    if declared is not None:
        extra = [s for s in states if s not in declared]
        if extra:
            raise DefinitionError("undeclared states: %s" % ", ".join(extra))
    final = set(data.get("final", []))

    transitions = []
    seen = {}
    for i, raw in enumerate(raw_transitions):
        sources = WILDCARD if raw["source"] == WILDCARD else _as_list(raw["source"], "source")
        internal = bool(raw.get("internal", False))
        if internal and (sources == WILDCARD or sources != [raw["target"]]):
            raise DefinitionError("transition %d: internal transitions must stay in one state" % i)
        if sources != WILDCARD:
            for s in sources:
                if s in final:
                    raise DefinitionError("transition %d leaves final state %s" % (i, s))
        key_sources = [WILDCARD] if sources == WILDCARD else sources
        for s in key_sources:
            key = (s, raw["event"])
            if key in seen:
                raise DefinitionError("event %r from %s is defined twice (transitions %d and %d)"
                                      % (raw["event"], s, seen[key], i))
            seen[key] = i
        transitions.append(Transition(raw["event"], sources, raw["target"], raw.get("action"), internal, i))

    hooks = {}
    for state, spec in data.get("hooks", {}).items():
        if state not in states:
            raise DefinitionError("hooks for unknown state %s" % state)
        bad = set(spec) - {"enter", "exit"}
        if bad:
            raise DefinitionError("unknown hook kinds for %s: %s" % (state, ", ".join(sorted(bad))))
        hooks[state] = dict(spec)
    return Definition(states, data["initial"], final, transitions, hooks)


def load_definition(source):
    """Build a definition from a dict, a JSON string or an open file."""
    if isinstance(source, dict):
        return build_definition(source)
    if hasattr(source, "read"):
        source = source.read()
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise DefinitionError("invalid JSON: %s" % exc) from None
    return build_definition(data)
