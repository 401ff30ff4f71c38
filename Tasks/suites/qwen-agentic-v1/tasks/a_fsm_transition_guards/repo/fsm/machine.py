"""Running state machines.

A :class:`Machine` holds the current state of one object (an order, a
document...) plus a free-form ``context`` dict.  Events are handled one at a
time: an action may call :meth:`Machine.fire` again, and that event is queued
and handled after the current one has finished ("run to completion").

Order of calls for an external transition ``a --ev--> b``::

    exit hook of a  ->  transition action  ->  (state becomes b)  ->  enter hook of b

Actions and hooks are plain callables registered by name, called as
``fn(machine, payload)`` where ``payload`` is the dict of keyword arguments
given to :meth:`fire`.  If an action or hook raises, the machine is put back
in the state it had before the event, pending queued events are dropped and
the exception propagates.
"""

from collections import deque, namedtuple
from contextlib import contextmanager

from .definition import load_definition
from .errors import DefinitionError, FinalStateError, TransitionError

Step = namedtuple("Step", "number source event target payload")


class Machine:
    def __init__(self, definition, actions=None, context=None, state=None, strict=True):
        self.definition = definition
        self.actions = {}
        for name, fn in (actions or {}).items():
            self.register(name, fn)
        self.context = {} if context is None else context
        if state is not None and state not in definition.states:
            raise DefinitionError("unknown state %r" % state)
        self.state = definition.initial if state is None else state
        self.history = []
        self._listeners = []
        self._queue = deque()
        self._busy = False
        self._steps = 0
        if strict:
            self.check_actions()

    # ------------------------------------------------------------------
    # registration
    # ------------------------------------------------------------------
    def register(self, name, fn):
        if not callable(fn):
            raise TypeError("action %r is not callable" % name)
        self.actions[name] = fn

    def action(self, name=None):
        """Decorator form of :meth:`register`."""
        def wrap(fn):
            self.register(name or fn.__name__, fn)
            return fn
        return wrap

    def check_actions(self):
        """Raise :class:`DefinitionError` for actions/hooks nobody registered."""
        missing = sorted(self.definition.action_names() - set(self.actions))
        if missing:
            raise DefinitionError("no implementation for: %s" % ", ".join(missing))

    def add_listener(self, fn):
        """``fn(machine, step)`` is called after every completed transition."""
        self._listeners.append(fn)

    def remove_listener(self, fn):
        self._listeners.remove(fn)

    # ------------------------------------------------------------------
    # queries
    # ------------------------------------------------------------------
    @property
    def is_final(self):
        return self.state in self.definition.final

    def _select(self, event, payload):
        """The transition that handles ``event`` now, or ``None``."""
        candidates = self.definition.candidates(self.state, event)
        if not candidates:
            return None
        return candidates[0]

    def can_fire(self, event, **payload):
        if self.is_final:
            return False
        return self._select(event, payload) is not None

    def available_events(self, **payload):
        """Events that would be accepted in the current state, in definition order."""
        if self.is_final:
            return []
        return [e for e in self.definition.events() if self._select(e, payload) is not None]

    # ------------------------------------------------------------------
    # firing
    # ------------------------------------------------------------------
    def fire(self, event, **payload):
        """Handle ``event``.  Returns the state after all queued events ran.

        Raises :class:`TransitionError` when the current state has no
        transition for ``event`` and :class:`FinalStateError` when the machine
        is already in a final state.
        """
        self._queue.append((event, payload))
        if self._busy:
            return self.state
        self._busy = True
        try:
            while self._queue:
                ev, data = self._queue.popleft()
                self._handle(ev, data)
        except Exception:
            self._queue.clear()
            raise
        finally:
            self._busy = False
        return self.state

    def _handle(self, event, payload):
        if self.is_final:
            raise FinalStateError("%s is final; cannot handle %r" % (self.state, event),
                                  self.state, event)
        transition = self._select(event, payload)
        if transition is None:
            raise TransitionError("no transition for %r from %s" % (event, self.state),
                                  self.state, event)
        source = self.state
        try:
            if transition.internal:
                self._call(transition.action, payload)
            else:
                self._call(self._hook(source, "exit"), payload)
                self._call(transition.action, payload)
                self.state = transition.target
                self._call(self._hook(transition.target, "enter"), payload)
        except Exception:
            self.state = source
            raise
        self._steps += 1
        step = Step(self._steps, source, event, self.state, dict(payload))
        self.history.append(step)
        for listener in list(self._listeners):
            listener(self, step)

    def _hook(self, state, kind):
        return self.definition.hooks.get(state, {}).get(kind)

    def _call(self, name, payload):
        if not name:
            return
        try:
            fn = self.actions[name]
        except KeyError:
            raise DefinitionError("no implementation for %r" % name) from None
        fn(self, payload)

    def try_fire(self, event, **payload):
        """Like :meth:`fire` but returns ``False`` instead of raising
        :class:`TransitionError` when the event is not accepted."""
        if not self.can_fire(event, **payload):
            return False
        self.fire(event, **payload)
        return True

    def replay(self, events):
        """Fire a sequence of events (names or ``(name, payload)`` pairs)."""
        for item in events:
            if isinstance(item, str):
                self.fire(item)
            else:
                name, payload = item
                self.fire(name, **payload)
        return self.state

    @contextmanager
    def transaction(self):
        """Group several events: if any of them fails, state, history and
        context are put back as they were before the block."""
        saved_state = self.state
        saved_history = list(self.history)
        saved_steps = self._steps
        saved_context = dict(self.context)
        try:
            yield self
        except Exception:
            self.state = saved_state
            self.history = saved_history
            self._steps = saved_steps
            self.context.clear()
            self.context.update(saved_context)
            raise

    # ------------------------------------------------------------------
    # structure
    # ------------------------------------------------------------------
    def _edges(self, state):
        """``(event, target)`` pairs leaving ``state``, ignoring runtime checks."""
        if state in self.definition.final:
            return []
        edges = []
        for t in self.definition.transitions:
            if t.applies_to(state) and not t.internal:
                edges.append((t.event, t.target))
        return edges

    def reachable_states(self):
        """States reachable from the current one (including it)."""
        seen = [self.state]
        todo = deque([self.state])
        while todo:
            for _, target in self._edges(todo.popleft()):
                if target not in seen:
                    seen.append(target)
                    todo.append(target)
        return seen

    def path_to(self, target):
        """Shortest list of events leading from the current state to
        ``target``, or ``None`` if it cannot be reached."""
        if target not in self.definition.states:
            raise DefinitionError("unknown state %r" % target)
        previous = {self.state: None}
        todo = deque([self.state])
        while todo:
            state = todo.popleft()
            if state == target:
                events = []
                while previous[state] is not None:
                    state, event = previous[state]
                    events.append(event)
                return events[::-1]
            for event, nxt in self._edges(state):
                if nxt not in previous:
                    previous[nxt] = (state, event)
                    todo.append(nxt)
        return None

    # ------------------------------------------------------------------
    # persistence
    # ------------------------------------------------------------------
    def snapshot(self):
        """A JSON-friendly record of the machine's state and history."""
        return {
            "state": self.state,
            "context": dict(self.context),
            "history": [[s.number, s.source, s.event, s.target, s.payload] for s in self.history],
        }

    @classmethod
    def restore(cls, definition, snapshot, actions=None, strict=True):
        machine = cls(definition, actions=actions, context=dict(snapshot.get("context", {})),
                      state=snapshot["state"], strict=strict)
        machine.history = [Step(*row) for row in snapshot.get("history", [])]
        machine._steps = machine.history[-1].number if machine.history else 0
        return machine

    @classmethod
    def from_json(cls, text, actions=None, **kwargs):
        return cls(load_definition(text), actions=actions, **kwargs)

    def reset(self, clear_context=False):
        self.state = self.definition.initial
        self.history = []
        self._steps = 0
        self._queue.clear()
        if clear_context:
            self.context.clear()

    # ------------------------------------------------------------------
    # reporting
    # ------------------------------------------------------------------
    def trace(self):
        """Human readable history, one transition per line."""
        lines = []
        for step in self.history:
            extra = ""
            if step.payload:
                extra = "  " + ", ".join("%s=%r" % kv for kv in sorted(step.payload.items()))
            lines.append("%3d. %s --%s--> %s%s" % (step.number, step.source, step.event, step.target, extra))
        return "\n".join(lines)

    def describe(self):
        """One line per state listing the events it handles and where they lead."""
        lines = []
        for state in self.definition.states:
            marker = "*" if state == self.state else " "
            if state in self.definition.final:
                lines.append("%s %s (final)" % (marker, state))
                continue
            edges = ["%s->%s" % (event, target) for event, target in self._edges(state)]
            internal = [t.event for t in self.definition.transitions if t.internal and t.applies_to(state)]
            edges.extend("%s (internal)" % e for e in internal)
            lines.append("%s %s: %s" % (marker, state, ", ".join(edges) or "-"))
        return "\n".join(lines)

    def time_in_states(self):
        """How many events each state has handled (useful for loop checks)."""
        counts = {}
        for step in self.history:
            counts[step.source] = counts.get(step.source, 0) + 1
        return counts

    def __repr__(self):
        return "<Machine state=%s steps=%d>" % (self.state, self._steps)
